package org.newsgraph.server.web;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.model.Event;
import org.newsgraph.model.Outcome;
import org.newsgraph.server.Backend;
import org.newsgraph.server.api.ReadApi;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.http.QueryParams;
import org.newsgraph.server.http.Request;
import org.newsgraph.server.http.Response;
import org.newsgraph.server.http.Router;
import org.newsgraph.store.SavedSearch;

/**
 * Alerts: {@code /alerts} lists the saved searches ({@code newsgraph alert}); {@code /feeds/NAME.atom} is one search's
 * newest {@value #MAX_ENTRIES} matching events as an Atom (RFC 4287) feed, each entry the event's headline, a link to
 * its page and a summary (date, place, actors, sources). An entry's {@code updated} is the event's day, else its
 * first report's publication day; the feed's is its newest entry's ({@code 1970-01-01} for an empty feed: nothing
 * has been published yet). Thread-safe.
 */
public final class AlertFeeds {
    static final int MAX_ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final Backend backend;

    public AlertFeeds(Backend backend) {
        this.backend = backend;
    }

    public void register(Router r) {
        r.add("GET", "/alerts", this::list);
        r.add("GET", "/feeds/{file}", this::feed);
    }

    private Response list(Request req) {
        List<SavedSearch> all = backend.store().savedSearches();
        StringBuilder sb = new StringBuilder("<h1>Alerts</h1><p class=\"lead\">Saved searches, each an Atom feed of its newest events. "
                + "Add one with <code>newsgraph alert NAME --query 'q=WORDS&amp;type=TYPE'</code> (with <code>--webhook URL</code>, "
                + "new events are also POSTed there).</p>");
        if (all.isEmpty()) {
            sb.append(Layout.empty("No alert is saved yet."));
        } else {
            sb.append("<ul>");
            for (SavedSearch s : all) {
                sb.append("<li><a href=\"/feeds/").append(Html.seg(s.name())).append(".atom\">").append(Html.esc(s.name()))
                        .append(".atom</a> <span class=\"meta\">").append(Html.esc(s.query())).append("</span> · <a href=\"/events?")
                        .append(Html.esc(s.query())).append("\">events now</a>")
                        .append(s.webhook() == null ? "" : " · <span class=\"meta\">webhook " + Html.esc(java.net.URI.create(s.webhook()).getHost()) + "</span>")
                        .append("</li>");
            }
            sb.append("</ul>");
        }
        return Layout.ok("Alerts", sb.toString());
    }

    private Response feed(Request req) {
        String file = req.pathParam("file");
        if (!file.endsWith(".atom")) {
            return WebRoutes.errorPage(404, "Alert feeds end in .atom.");
        }
        String name = file.substring(0, file.length() - ".atom".length());
        Optional<SavedSearch> search = backend.store().savedSearch(name);
        if (search.isEmpty()) {
            return WebRoutes.errorPage(404, "There is no alert named " + name + ".");
        }
        Catalog c = backend.catalog().get();
        Outcome<List<Event>> found = ReadApi.filteredEvents(backend, c, QueryParams.parse(search.get().query()), java.util.Set.of());
        if (found instanceof Outcome.Failed<List<Event>> f) {
            return WebRoutes.errorPage(500, "The alert " + name + " has a filter that no longer reads: " + f.problem().message());
        }
        List<Event> events = ((Outcome.Ok<List<Event>>) found).value();
        return Response.text(200, "application/atom+xml; charset=utf-8", atom(search.get(), events.subList(0, Math.min(MAX_ENTRIES, events.size())), c));
    }

    static String atom(SavedSearch search, List<Event> events, Catalog c) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            text(x, "id", "urn:newsgraph:alert:" + search.name());
            text(x, "title", "Newsgraph alert: " + search.name());
            text(x, "subtitle", "Events matching " + search.query());
            text(x, "updated", events.stream().map(e -> day(e, c)).flatMap(Optional::stream).max(LocalDate::compareTo)
                    .map(AlertFeeds::stamp).orElse("1970-01-01T00:00:00Z"));
            x.writeEmptyElement("link");
            x.writeAttribute("rel", "self");
            x.writeAttribute("href", "/feeds/" + search.name() + ".atom");
            x.writeStartElement("author");
            text(x, "name", "Newsgraph");
            x.writeEndElement();
            for (Event e : events) {
                x.writeStartElement("entry");
                text(x, "id", "urn:newsgraph:event:" + e.id());
                text(x, "title", e.headline() == null ? "Untitled event" : e.headline());
                text(x, "updated", day(e, c).map(AlertFeeds::stamp).orElse("1970-01-01T00:00:00Z"));
                x.writeEmptyElement("link");
                x.writeAttribute("href", "/events/" + e.id());
                text(x, "summary", (e.date() == null ? "date unknown" : e.date().render()) + " · " + (e.place() == null ? "place unknown" : e.place())
                        + " · " + (e.actors().isEmpty() ? "actors unknown" : String.join(", ", e.actors())) + " · " + Fragments.sources(e));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("cannot write an Atom feed", ex);
        }
        return out.toString();
    }

    private static Optional<LocalDate> day(Event e, Catalog c) {
        Optional<LocalDate> own = e.date() == null ? Optional.empty() : e.date().day();
        return own.or(() -> e.articleIds().stream().map(c::article).flatMap(Optional::stream)
                .map(a -> a.published()).filter(java.util.Objects::nonNull).min(LocalDate::compareTo));
    }

    private static String stamp(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
