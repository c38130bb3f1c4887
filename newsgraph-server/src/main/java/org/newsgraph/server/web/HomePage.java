package org.newsgraph.server.web;

import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.catalog.RankedName;

/** The home page: search box, latest events, events-per-day chart, top actors. Thread-safe. */
final class HomePage {
    private HomePage() {
    }

    static String render(Catalog c) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>Events in the news</h1>");
        sb.append("<p class=\"lead\">").append(Fragments.count(c.events().size(), "event")).append(" from ")
                .append(Fragments.count(c.articles().size(), "article")).append(" by ").append(Fragments.count(c.outlets().size(), "outlet")).append(".</p>");
        sb.append("<form class=\"big-search\" role=\"search\" action=\"/search\" method=\"get\">")
                .append("<label for=\"home-q\">Search articles and events</label>")
                .append("<div class=\"row\"><input id=\"home-q\" name=\"q\" type=\"search\" maxlength=\"500\" placeholder=\"e.g. a name, a place, a word\">")
                .append("<button type=\"submit\">Search</button></div></form>");
        if (c.articles().isEmpty()) {
            sb.append("<section aria-labelledby=\"start\"><h2 id=\"start\">Getting started</h2>").append(Layout.empty(Layout.NO_DATA)).append("</section>");
            return sb.toString();
        }
        sb.append("<div class=\"columns\"><section aria-labelledby=\"latest\"><h2 id=\"latest\">Latest events</h2>");
        if (c.events().isEmpty()) {
            sb.append(Layout.empty("Articles are stored but no event has been built from them yet."));
        } else {
            sb.append(Fragments.eventList(c, c.events().subList(0, Math.min(15, c.events().size()))));
            sb.append("<p><a href=\"/events\">All events →</a></p>");
        }
        sb.append("</section><aside aria-labelledby=\"actors\"><h2 id=\"actors\">Top actors</h2>");
        var top = c.topActors(12);
        if (top.isEmpty()) {
            sb.append(Layout.empty("No actors are known yet: the events have no coded actors and no entities were recognised."));
        } else {
            sb.append("<ol class=\"ranked\">");
            for (RankedName r : top) {
                sb.append("<li>").append(r.entityId() != null ? Fragments.entityLink(r.entityId(), r.name()) : Fragments.actor(c, r.name()))
                        .append(" <span class=\"count\">").append(r.events()).append(" event").append(r.events() == 1 ? "" : "s").append("</span></li>");
            }
            sb.append("</ol>");
        }
        sb.append("</aside></div>");
        sb.append("<section aria-labelledby=\"timeline\"><h2 id=\"timeline\">Events per day</h2>").append(TimelineChart.svg(c.eventsPerDay())).append("</section>");
        return sb.toString();
    }
}
