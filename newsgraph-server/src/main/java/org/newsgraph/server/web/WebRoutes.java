package org.newsgraph.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.server.Backend;
import org.newsgraph.server.api.Paging;
import org.newsgraph.server.api.ReadApi;
import org.newsgraph.server.api.SearchService;
import org.newsgraph.server.catalog.ArticleView;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.catalog.EntityView;
import org.newsgraph.server.catalog.EventDossier;
import org.newsgraph.server.catalog.SourceComparison;
import org.newsgraph.server.http.Request;
import org.newsgraph.server.http.Response;
import org.newsgraph.server.http.Router;

/**
 * The web UI's pages, server-rendered: every value from data is escaped, every page works without script (the
 * co-occurrence graph adds interactivity on top of a list). Bad parameters give a 400 page that says what was
 * wrong; unknown ids a 404 page. Thread-safe.
 */
public final class WebRoutes {
    private final Backend backend;
    private final SearchService search;

    public WebRoutes(Backend backend) {
        this.backend = backend;
        this.search = new SearchService(backend.store());
    }

    public void register(Router r) {
        r.add("GET", "/", req -> Layout.ok("Home", HomePage.render(backend.catalog().get())));
        r.add("GET", "/events", this::events);
        r.add("GET", "/events/{id}", this::event);
        r.add("GET", "/events/{id}/sources", this::sources);
        r.add("GET", "/entities", this::entities);
        r.add("GET", "/entities/{id}", this::entity);
        r.add("GET", "/stories", this::stories);
        r.add("GET", "/stories/{id}", this::story);
        r.add("GET", "/map", req -> Layout.ok("Map", MapPage.render(backend.catalog().get())));
        r.add("GET", "/search", this::search);
        r.add("GET", "/articles/{id}", this::article);
        r.add("GET", "/docs/api", req -> Layout.ok("API", ApiDocsPage.html()));
    }

    /** A page for an HTTP error, with a way back. */
    public static Response errorPage(int status, String message) {
        return Response.html(status, Layout.page("Error " + status, "<h1>" + (status == 404 ? "Not found" : "Cannot show this page")
                + "</h1><p class=\"error\" role=\"alert\">" + Html.esc(message) + "</p><p><a href=\"/\">Back to the home page</a></p>"));
    }

    private Response events(Request req) {
        Catalog c = backend.catalog().get();
        Outcome<Paging> paging = Paging.parse(req.query());
        Outcome<List<Event>> found = ReadApi.filteredEvents(backend, c, req, Set.of());
        String error = paging instanceof Outcome.Failed<Paging> f ? f.problem().message()
                : found instanceof Outcome.Failed<List<Event>> f2 ? f2.problem().message() : null;
        if (error != null) {
            return Response.html(400, Layout.page("Events", EventListPage.render(c, req.query(), List.of(), 0, Paging.DEFAULT_LIMIT, error)));
        }
        Paging p = ((Outcome.Ok<Paging>) paging).value();
        return Layout.ok("Events", EventListPage.render(c, req.query(), ((Outcome.Ok<List<Event>>) found).value(), p.offset(), p.limit(), null));
    }

    private Response event(Request req) {
        Catalog c = backend.catalog().get();
        Optional<Event> e = c.event(req.pathParam("id"));
        if (e.isEmpty()) {
            return movedEvent(req.pathParam("id"), "").orElseGet(() -> errorPage(404, "There is no event with this id."));
        }
        EventDossier d = EventDossier.of(c, e.get(), backend.store()::article);
        return Layout.ok(e.get().headline() == null ? "Event" : e.get().headline(), EventPage.render(c, d, backend.store()::article));
    }

    /** A 301 to the event an old id was merged into or renamed to, if it was. */
    private Optional<Response> movedEvent(String id, String suffix) {
        return backend.store().redirectedEvent(id).map(to -> moved("/events/", to, suffix));
    }

    private static Response moved(String prefix, String to, String suffix) {
        String location = prefix + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + suffix;
        return Response.html(301, Layout.page("Moved", "<h1>This page has a new address</h1><p>It was merged with another "
                + "one or renamed after new articles arrived: <a href=\"" + Html.esc(location) + "\">" + Html.esc(to) + "</a>.</p>"))
                .withHeader("Location", location);
    }

    private Response sources(Request req) {
        Catalog c = backend.catalog().get();
        Optional<Event> e = c.event(req.pathParam("id"));
        if (e.isEmpty()) {
            return movedEvent(req.pathParam("id"), "/sources").orElseGet(() -> errorPage(404, "There is no event with this id."));
        }
        List<SourceComparison.Account> accounts = SourceComparison.of(c, e.get(), backend.store()::article);
        return Layout.ok("Sources compared", SourcesPage.render(e.get(), accounts));
    }

    private Response entities(Request req) {
        Outcome<Paging> paging = Paging.parse(req.query());
        if (paging instanceof Outcome.Failed<Paging> f) {
            return errorPage(400, f.problem().message());
        }
        Paging p = ((Outcome.Ok<Paging>) paging).value();
        String q = req.query().first("q").orElse("");
        if (q.length() > 500) {
            return errorPage(400, "The name filter is longer than 500 characters.");
        }
        String needle = q.toLowerCase(Locale.ROOT);
        List<EntityView> all = backend.catalog().get().entities().stream()
                .filter(e -> needle.isEmpty() || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))).toList();
        var page = p.of(all);
        return Layout.ok("Entities", EntityListPage.render(page.items(), q, all.size(), p.offset(), p.limit()));
    }

    private Response entity(Request req) {
        Catalog c = backend.catalog().get();
        Optional<EntityView> e = c.entity(req.pathParam("id"));
        if (e.isEmpty()) {
            return errorPage(404, "There is no entity with this id.");
        }
        return Layout.ok(e.get().canonical(), EntityPage.render(c, ReadApi.detail(c, e.get())), "/webjars/vis-network.min.js", "/static/graph.js");
    }

    private Response stories(Request req) {
        Outcome<Paging> paging = Paging.parse(req.query());
        if (paging instanceof Outcome.Failed<Paging> f) {
            return errorPage(400, f.problem().message());
        }
        Paging p = ((Outcome.Ok<Paging>) paging).value();
        Catalog c = backend.catalog().get();
        return Layout.ok("Stories", StoryPages.list(c, c.stories(), p.offset(), p.limit()));
    }

    private Response story(Request req) {
        Catalog c = backend.catalog().get();
        return c.story(req.pathParam("id")).map(s -> Layout.ok("Story", StoryPages.story(c, s)))
                .orElseGet(() -> backend.store().redirectedStory(req.pathParam("id"))
                        .map(to -> moved("/stories/", to, ""))
                        .orElseGet(() -> errorPage(404, "There is no story with this id.")));
    }

    private Response search(Request req) {
        Catalog c = backend.catalog().get();
        String q = req.query().first("q").orElse("");
        SearchService.Mode mode = req.query().first("mode").map(m -> m.equalsIgnoreCase("semantic")).orElse(false)
                ? SearchService.Mode.SEMANTIC : SearchService.Mode.TEXT;
        if (q.length() > 500) {
            return Response.html(400, Layout.page("Search", SearchPage.render(c, "", mode, null, List.of(), "The search is longer than 500 characters.")));
        }
        if (q.isEmpty()) {
            return Layout.ok("Search", SearchPage.render(c, q, mode, null, List.of(), null));
        }
        Outcome<SearchService.Result> result = search.search(c, q, mode, 50);
        if (result instanceof Outcome.Failed<SearchService.Result> f) {
            return Response.html(400, Layout.page("Search", SearchPage.render(c, q, mode, null, List.of(), f.problem().message())));
        }
        SearchService.Result r = ((Outcome.Ok<SearchService.Result>) result).value();
        Set<String> articleIds = r.hits().stream().map(SearchService.Hit::articleId).collect(java.util.stream.Collectors.toSet());
        var filter = new org.newsgraph.server.catalog.EventFilter(q, null, null, null, null, null, null, null, 0, null);
        List<Event> events = c.events(filter, articleIds);
        return Layout.ok("Search: " + q, SearchPage.render(c, q, mode, r, events, null));
    }

    private Response article(Request req) {
        String id = req.pathParam("id");
        Optional<ArticleView> view = backend.catalog().get().article(id);
        Optional<Processed> p = backend.store().article(id);
        if (view.isEmpty() || p.isEmpty()) {
            return errorPage(404, "There is no article with this id.");
        }
        return Layout.ok(view.get().title() == null ? id : view.get().title(), ArticlePage.render(view.get(), p.get()));
    }
}
