package org.newsgraph.server.web;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.model.TimeValue;
import org.newsgraph.server.catalog.Catalog;

/** Pieces of HTML several pages share: event rows, dates, entity links, pagers. Stateless and thread-safe. */
final class Fragments {
    private Fragments() {
    }

    /** "1 event", "3 events". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The event's date as stated, or what is known instead ("date unknown · first reported …"). */
    static String date(Catalog catalog, Event e) {
        if (e.date() != null) {
            String s = e.date().render();
            if (e.date() instanceof TimeValue.UnresolvedWeekday || e.date() instanceof TimeValue.UnresolvedMonthDay) {
                return "<span class=\"unresolved\" title=\"The text names a day its articles do not anchor\">" + Html.esc(s) + " (unresolved)</span>";
            }
            return "<time datetime=\"" + Html.esc(e.date() instanceof TimeValue.Day ? s : s.replace('/', '/')) + "\">" + Html.esc(s) + "</time>";
        }
        return catalog.firstReport(e.id()).map(d -> "<span class=\"unknown\">date unknown · first reported <time datetime=\"" + d + "\">" + d + "</time></span>")
                .orElse("<span class=\"unknown\">date unknown</span>");
    }

    /** A link to the entity page when a stored entity has this name, else to the events naming it. */
    static String actor(Catalog catalog, String name) {
        Set<String> ids = catalog.entitiesNamed(name);
        if (!ids.isEmpty()) {
            return "<a href=\"/entities/" + Html.seg(ids.iterator().next()) + "\">" + Html.esc(name) + "</a>";
        }
        return "<a href=\"/events?actor=" + Html.seg(name) + "\">" + Html.esc(name) + "</a>";
    }

    static String entityLink(String id, String name) {
        return "<a href=\"/entities/" + Html.seg(id) + "\">" + Html.esc(name) + "</a>";
    }

    /** One event as a list item: date, headline link, actors, place, type, sources. */
    static String eventItem(Catalog catalog, Event e) {
        StringBuilder sb = new StringBuilder("<li class=\"event\">");
        sb.append("<div class=\"when\">").append(date(catalog, e)).append("</div>");
        sb.append("<a class=\"headline\" href=\"/events/").append(Html.seg(e.id())).append("\">")
                .append(Html.esc(e.headline() == null ? "Untitled event" : e.headline())).append("</a>");
        sb.append("<div class=\"meta\">");
        if (e.type() != null) {
            sb.append("<span class=\"tag\">").append(Html.esc(e.type())).append("</span> ");
        }
        if (!e.actors().isEmpty()) {
            sb.append("<span class=\"actors\">");
            List<String> actors = e.actors();
            for (int i = 0; i < actors.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(actor(catalog, actors.get(i)));
            }
            sb.append("</span> ");
        }
        if (e.place() != null) {
            sb.append("<span class=\"place\">in ").append(Html.esc(e.place())).append("</span> ");
        }
        sb.append("<span class=\"sources\">").append(sources(e)).append("</span></div></li>");
        return sb.toString();
    }

    static String sources(Event e) {
        int outlets = e.outlets().size();
        int articles = e.articleIds().size();
        return e.independentSources() + " independent source" + (e.independentSources() == 1 ? "" : "s") + " · "
                + articles + " article" + (articles == 1 ? "" : "s") + (outlets > 0 ? " · " + outlets + " outlet" + (outlets == 1 ? "" : "s") : "");
    }

    static String eventList(Catalog catalog, List<Event> events) {
        StringBuilder sb = new StringBuilder("<ol class=\"events\">");
        events.forEach(e -> sb.append(eventItem(catalog, e)));
        return sb.append("</ol>").toString();
    }

    /** Previous/next links for a listing; {@code base} is the query string without offset. */
    static String pager(String path, String base, int offset, int limit, int total) {
        StringBuilder sb = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        String prefix = path + "?" + (base.isEmpty() ? "" : base + "&");
        if (offset > 0) {
            sb.append("<a rel=\"prev\" href=\"").append(Html.esc(prefix + "offset=" + Math.max(0, offset - limit))).append("\">← Newer</a> ");
        }
        sb.append("<span>").append(total == 0 ? 0 : offset + 1).append("–").append(Math.min(total, offset + limit)).append(" of ").append(total).append("</span>");
        if (offset + limit < total) {
            sb.append(" <a rel=\"next\" href=\"").append(Html.esc(prefix + "offset=" + (offset + limit))).append("\">Older →</a>");
        }
        return sb.append("</nav>").toString();
    }
}
