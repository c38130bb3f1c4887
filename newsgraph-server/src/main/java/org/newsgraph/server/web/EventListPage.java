package org.newsgraph.server.web;

import java.util.List;
import org.newsgraph.model.Event;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.http.QueryParams;

/** The filterable, paged list of events. Thread-safe. */
final class EventListPage {
    private static final String[][] FIELDS = {
        {"q", "Words", "search"}, {"entity", "Entity mentioned", "text"}, {"actor", "Actor", "text"}, {"type", "Type (PLOVER)", "text"},
        {"from", "From", "date"}, {"to", "To", "date"}, {"place", "Place", "text"}, {"outlet", "Outlet", "text"}, {"minSources", "Min. independent sources", "number"}
    };

    private EventListPage() {
    }

    /** {@code error}: a message about a rejected filter (shown above the form), or {@code null}. */
    static String render(Catalog c, QueryParams q, List<Event> events, int offset, int limit, String error) {
        StringBuilder sb = new StringBuilder("<h1>Events</h1>");
        sb.append("<form class=\"filters\" action=\"/events\" method=\"get\" aria-label=\"Filter events\">");
        if (error != null) {
            sb.append("<p class=\"error\" role=\"alert\">").append(Html.esc(error)).append("</p>");
        }
        StringBuilder base = new StringBuilder();
        for (String[] f : FIELDS) {
            String value = q.first(f[0]).orElse("");
            sb.append("<div class=\"field\"><label for=\"f-").append(f[0]).append("\">").append(f[1]).append("</label><input id=\"f-")
                    .append(f[0]).append("\" name=\"").append(f[0]).append("\" type=\"").append(f[2]).append("\" value=\"")
                    .append(Html.esc(value)).append("\"").append(f[2].equals("number") ? " min=\"0\"" : " maxlength=\"500\"").append("></div>");
            if (!value.isEmpty()) {
                base.append(base.isEmpty() ? "" : "&").append(f[0]).append('=').append(Html.seg(value));
            }
        }
        sb.append("<div class=\"actions\"><button type=\"submit\">Filter</button> <a href=\"/events\">Clear</a> ")
                .append("<a href=\"/api/export?format=csv").append(base.isEmpty() ? "" : "&" + base).append("\">Export CSV</a></div></form>");
        if (error != null) {
            return sb.toString();
        }
        if (events.isEmpty()) {
            sb.append(c.events().isEmpty() ? Layout.empty(Layout.NO_DATA) : Layout.empty("No event matches these filters. Remove one and try again."));
            return sb.toString();
        }
        int from = Math.min(offset, events.size());
        sb.append(Fragments.eventList(c, events.subList(from, Math.min(events.size(), from + limit))));
        sb.append(Fragments.pager("/events", base.toString(), offset, limit, events.size()));
        return sb.toString();
    }
}
