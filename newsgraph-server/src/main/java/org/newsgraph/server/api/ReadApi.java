package org.newsgraph.server.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.server.Backend;
import org.newsgraph.server.catalog.ArticleView;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.catalog.Cooccurrence;
import org.newsgraph.server.catalog.EntityView;
import org.newsgraph.server.catalog.EventDossier;
import org.newsgraph.server.catalog.EventFilter;
import org.newsgraph.server.catalog.QuoteView;
import org.newsgraph.server.catalog.SourceComparison;
import org.newsgraph.server.catalog.StoryView;
import org.newsgraph.server.http.Request;
import org.newsgraph.server.http.Response;
import org.newsgraph.server.http.Router;

/**
 * The read-only endpoints: events, articles, entities, quotes, stories, search, statistics. Every handler
 * validates its parameters (unknown or malformed ones give a 400 problem) and answers from the current catalog.
 * Thread-safe.
 */
public final class ReadApi {
    /** An entity with its events, quotes and co-occurring entities. */
    public record EntityDetail(EntityView entity, List<Event> events, List<QuoteView> quotes, List<Cooccurrence> cooccurring) {
    }

    /** A story with its events in date order. */
    public record StoryDetail(StoryView story, List<Event> events) {
    }

    /** A stored article: its listing view and the full processed record (text, annotations, verdict, coding). */
    public record ArticleDetail(ArticleView summary, Processed processed) {
    }

    /** Counts of what the store holds. */
    public record Stats(int articles, int events, int entities, int quotes, int stories) {
    }

    private static final Set<String> PAGING = Set.of("offset", "limit");

    private final Backend backend;
    private final SearchService search;

    public ReadApi(Backend backend) {
        this.backend = backend;
        this.search = new SearchService(backend.store());
    }

    public void register(Router r) {
        r.add("GET", "/api/events", this::events);
        r.add("GET", "/api/events/{id}", this::event);
        r.add("GET", "/api/events/{id}/sources", this::compare);
        r.add("GET", "/api/articles", this::articles);
        r.add("GET", "/api/articles/{id}", this::article);
        r.add("GET", "/api/entities", this::entities);
        r.add("GET", "/api/entities/{id}", this::entity);
        r.add("GET", "/api/quotes", this::quotes);
        r.add("GET", "/api/stories", this::stories);
        r.add("GET", "/api/stories/{id}", this::story);
        r.add("GET", "/api/search", this::search);
        r.add("GET", "/api/stats", this::stats);
    }

    /** Filtered events (see {@link EventFilterParser}); the {@code q} filter also uses the full-text index. */
    public static Outcome<List<Event>> filteredEvents(Backend backend, Catalog catalog, Request req, Set<String> extra) {
        return filteredEvents(backend, catalog, req.query(), extra);
    }

    /** The same over a query string's parameters (a saved search's, for instance). */
    public static Outcome<List<Event>> filteredEvents(Backend backend, Catalog catalog, org.newsgraph.server.http.QueryParams query,
                                                      Set<String> extra) {
        Outcome<EventFilter> parsed = EventFilterParser.parse(query, extra);
        if (parsed instanceof Outcome.Failed<EventFilter> f) {
            return new Outcome.Failed<>(f.problem());
        }
        EventFilter filter = ((Outcome.Ok<EventFilter>) parsed).value();
        Set<String> fullText = Set.of();
        if (filter.text() != null) {
            Outcome<SearchService.Result> hits = new SearchService(backend.store()).search(catalog, filter.text(), SearchService.Mode.TEXT, 1000);
            if (hits instanceof Outcome.Failed<SearchService.Result> f) {
                return new Outcome.Failed<>(f.problem());
            }
            fullText = ((Outcome.Ok<SearchService.Result>) hits).value().hits().stream().map(SearchService.Hit::articleId)
                    .collect(java.util.stream.Collectors.toSet());
        }
        return Outcome.ok(catalog.events(filter, fullText));
    }

    private Response events(Request req) {
        Catalog catalog = backend.catalog().get();
        Outcome<Paging> paging = Paging.parse(req.query());
        if (paging instanceof Outcome.Failed<Paging> f) {
            return ApiResponses.badParameter(f.problem(), req.path());
        }
        Outcome<List<Event>> found = filteredEvents(backend, catalog, req, Set.of());
        if (found instanceof Outcome.Failed<List<Event>> f) {
            return ApiResponses.badParameter(f.problem(), req.path());
        }
        return ApiResponses.ok(((Outcome.Ok<Paging>) paging).value().of(((Outcome.Ok<List<Event>>) found).value()));
    }

    private Response event(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), Set.of());
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        Catalog catalog = backend.catalog().get();
        String id = req.pathParam("id");
        return catalog.event(id).map(e -> ApiResponses.ok(EventDossier.of(catalog, e, backend.store()::article)))
                .orElseGet(() -> backend.store().redirectedEvent(id).map(to -> ApiResponses.movedTo("/api/events/", to, ""))
                        .orElseGet(() -> ApiResponses.notFound("event", id, req.path())));
    }

    private Response compare(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), Set.of());
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        Catalog catalog = backend.catalog().get();
        String id = req.pathParam("id");
        return catalog.event(id).map(e -> ApiResponses.ok(SourceComparison.of(catalog, e, backend.store()::article)))
                .orElseGet(() -> backend.store().redirectedEvent(id).map(to -> ApiResponses.movedTo("/api/events/", to, "/sources"))
                        .orElseGet(() -> ApiResponses.notFound("event", id, req.path())));
    }

    private Response articles(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), Set.of("offset", "limit", "outlet"));
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        Outcome<Paging> paging = Paging.parse(req.query());
        if (paging instanceof Outcome.Failed<Paging> f) {
            return ApiResponses.badParameter(f.problem(), req.path());
        }
        Optional<String> outlet = req.query().first("outlet");
        List<ArticleView> all = backend.catalog().get().articles().stream()
                .filter(a -> outlet.isEmpty() || outlet.get().equalsIgnoreCase(a.outlet())).toList();
        return ApiResponses.ok(((Outcome.Ok<Paging>) paging).value().of(all));
    }

    private Response article(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), Set.of());
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        String id = req.pathParam("id");
        Optional<ArticleView> view = backend.catalog().get().article(id);
        Optional<Processed> p = backend.store().article(id);
        if (view.isEmpty() || p.isEmpty()) {
            return ApiResponses.notFound("article", id, req.path());
        }
        return ApiResponses.ok(new ArticleDetail(view.get(), p.get()));
    }

    private Response entities(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), Set.of("offset", "limit", "q", "type"))
                .or(() -> Params.tooLong(req.query(), "q"));
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        Outcome<Paging> paging = Paging.parse(req.query());
        if (paging instanceof Outcome.Failed<Paging> f) {
            return ApiResponses.badParameter(f.problem(), req.path());
        }
        EntityType type = null;
        Optional<String> rawType = req.query().first("type");
        if (rawType.isPresent()) {
            try {
                type = EntityType.valueOf(rawType.get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ApiResponses.badParameter(new Problem("bad-type", "'type' must be one of PERSON, ORG, GPE, LOC, MISC, got '"
                        + Paging.clip(rawType.get()) + "'.", "type"), req.path());
            }
        }
        String q = req.query().first("q").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        EntityType wanted = type;
        List<EntityView> all = backend.catalog().get().entities().stream()
                .filter(e -> wanted == null || e.type() == wanted)
                .filter(e -> q == null || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q)))
                .toList();
        return ApiResponses.ok(((Outcome.Ok<Paging>) paging).value().of(all));
    }

    private Response entity(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), Set.of());
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        Catalog catalog = backend.catalog().get();
        String id = req.pathParam("id");
        return catalog.entity(id).map(e -> ApiResponses.ok(detail(catalog, e)))
                .orElseGet(() -> ApiResponses.notFound("entity", id, req.path()));
    }

    /** An entity's events (date order), quotes and the 30 entities most often mentioned with it. */
    public static EntityDetail detail(Catalog catalog, EntityView e) {
        List<Event> events = e.events().stream().map(catalog::event).flatMap(Optional::stream)
                .sorted(Comparator.comparing((Event ev) -> org.newsgraph.server.catalog.DayInterval.of(ev.date())
                        .map(org.newsgraph.server.catalog.DayInterval::first).orElse(null), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new EntityDetail(e, events, catalog.quotesBy(e.id()), catalog.cooccurring(e.id(), 30));
    }

    private Response quotes(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), Set.of("offset", "limit", "speaker", "q", "event"))
                .or(() -> Params.tooLong(req.query(), "q")).or(() -> Params.tooLong(req.query(), "speaker"));
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        Outcome<Paging> paging = Paging.parse(req.query());
        if (paging instanceof Outcome.Failed<Paging> f) {
            return ApiResponses.badParameter(f.problem(), req.path());
        }
        Catalog catalog = backend.catalog().get();
        Optional<String> speaker = req.query().first("speaker");
        Set<String> speakerIds = speaker.map(catalog::entitiesNamed).orElse(Set.of());
        Optional<String> q = req.query().first("q").map(s -> s.toLowerCase(Locale.ROOT));
        Optional<String> event = req.query().first("event");
        List<QuoteView> all = catalog.quotes().stream()
                .filter(x -> speaker.isEmpty() || speakerIds.contains(x.speakerId())
                        || (x.speakerName() != null && x.speakerName().equalsIgnoreCase(speaker.get())))
                .filter(x -> q.isEmpty() || x.text().toLowerCase(Locale.ROOT).contains(q.get()))
                .filter(x -> event.isEmpty() || event.get().equals(x.eventId()))
                .toList();
        return ApiResponses.ok(((Outcome.Ok<Paging>) paging).value().of(all));
    }

    private Response stories(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), PAGING);
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        Outcome<Paging> paging = Paging.parse(req.query());
        if (paging instanceof Outcome.Failed<Paging> f) {
            return ApiResponses.badParameter(f.problem(), req.path());
        }
        return ApiResponses.ok(((Outcome.Ok<Paging>) paging).value().of(backend.catalog().get().stories()));
    }

    private Response story(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), Set.of());
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        Catalog catalog = backend.catalog().get();
        String id = req.pathParam("id");
        return catalog.story(id).map(s -> ApiResponses.ok(new StoryDetail(s, s.events().stream().map(catalog::event).flatMap(Optional::stream).toList())))
                .orElseGet(() -> backend.store().redirectedStory(id).map(to -> ApiResponses.movedTo("/api/stories/", to, ""))
                        .orElseGet(() -> ApiResponses.notFound("story", id, req.path())));
    }

    private Response search(Request req) {
        Optional<Problem> bad = Params.unknown(req.query(), Set.of("q", "mode", "limit")).or(() -> Params.tooLong(req.query(), "q"));
        if (bad.isPresent()) {
            return ApiResponses.badParameter(bad.get(), req.path());
        }
        Optional<String> q = req.query().first("q");
        if (q.isEmpty()) {
            return ApiResponses.badParameter(new Problem("missing", "'q' (the search words) is required.", "q"), req.path());
        }
        SearchService.Mode mode;
        String rawMode = req.query().first("mode").orElse("text");
        try {
            mode = SearchService.Mode.valueOf(rawMode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ApiResponses.badParameter(new Problem("bad-mode", "'mode' must be text or semantic, got '" + Paging.clip(rawMode) + "'.", "mode"), req.path());
        }
        Outcome<Integer> limit = Paging.number(req.query(), "limit", 1, Paging.MAX_LIMIT, Paging.DEFAULT_LIMIT);
        if (limit instanceof Outcome.Failed<Integer> f) {
            return ApiResponses.badParameter(f.problem(), req.path());
        }
        Outcome<SearchService.Result> result = search.search(backend.catalog().get(), q.get(), mode, ((Outcome.Ok<Integer>) limit).value());
        return switch (result) {
            case Outcome.Ok<SearchService.Result> ok -> ApiResponses.ok(ok.value());
            case Outcome.Failed<SearchService.Result> f -> ApiResponses.badParameter(f.problem(), req.path());
        };
    }

    private Response stats(Request req) {
        Catalog c = backend.catalog().get();
        return ApiResponses.ok(new Stats(c.articles().size(), c.events().size(), c.entities().size(), c.quotes().size(), c.stories().size()));
    }
}
