package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Event;
import org.newsgraph.server.api.ReadApi;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.catalog.Cooccurrence;
import org.newsgraph.server.catalog.EntityView;
import org.newsgraph.store.codec.Json;

/**
 * One entity: canonical name, aliases, roles over time, its events in date order, its quotes, and the
 * co-occurrence graph (interactive with script, a plain list of links without). Thread-safe.
 */
final class EntityPage {
    private EntityPage() {
    }

    /** Nodes and edges of the co-occurrence graph, as the page's script reads them. */
    record Graph(List<Node> nodes, List<Edge> edges) {
    }

    record Node(String id, String label, String href, boolean center) {
    }

    record Edge(String from, String to, int weight) {
    }

    static String render(Catalog c, ReadApi.EntityDetail d) {
        EntityView e = d.entity();
        StringBuilder sb = new StringBuilder("<p class=\"crumbs\"><a href=\"/entities\">Entities</a></p>");
        sb.append("<h1>").append(Html.esc(e.canonical())).append(" <span class=\"tag\">").append(e.type().name()).append("</span></h1>");
        sb.append("<p class=\"lead\">Mentioned in ").append(e.articles().size()).append(" article").append(e.articles().size() == 1 ? "" : "s")
                .append(" and ").append(e.events().size()).append(" event").append(e.events().size() == 1 ? "" : "s")
                .append(". <a href=\"/events?entity=").append(Html.seg(e.id())).append("\">Filter events</a> · <a href=\"/api/entities/")
                .append(Html.seg(e.id())).append("\">JSON</a></p>");
        sb.append("<section aria-labelledby=\"aliases\"><h2 id=\"aliases\">Names seen</h2><ul class=\"chips\">");
        e.aliases().forEach(a -> sb.append("<li>").append(Html.esc(a)).append("</li>"));
        sb.append("</ul></section>");
        sb.append("<section aria-labelledby=\"roles\"><h2 id=\"roles\">Roles over time</h2>");
        if (e.roles().isEmpty()) {
            sb.append(Layout.empty("No role (title, office, function) was found next to this name."));
        } else {
            sb.append("<table><tr><th scope=\"col\">Role</th><th scope=\"col\">First seen</th><th scope=\"col\">Last seen</th><th scope=\"col\">Articles</th></tr>");
            for (EntityView.RoleSeen r : e.roles()) {
                sb.append("<tr><td>").append(Html.esc(r.role())).append("</td><td>").append(r.first() == null ? "undated" : r.first())
                        .append("</td><td>").append(r.last() == null ? "undated" : r.last()).append("</td><td>").append(r.count()).append("</td></tr>");
            }
            sb.append("</table>");
        }
        sb.append("</section>");
        sb.append("<section aria-labelledby=\"timeline\"><h2 id=\"timeline\">Timeline of events</h2>");
        sb.append(d.events().isEmpty() ? Layout.empty("No event involves this entity yet.") : timeline(c, d.events()));
        sb.append("</section>");
        sb.append("<section aria-labelledby=\"said\"><h2 id=\"said\">Quotes</h2>").append(EventPage.quotes(c, d.quotes())).append("</section>");
        sb.append("<section aria-labelledby=\"graph\"><h2 id=\"graph\">Mentioned together with</h2>");
        if (d.cooccurring().isEmpty()) {
            sb.append(Layout.empty("No other entity is mentioned in the same articles."));
        } else {
            sb.append("<div id=\"cooccurrence\" class=\"graph\" role=\"img\" aria-label=\"Graph of the entities mentioned together with ")
                    .append(Html.esc(e.canonical())).append("; the same links are listed below\"></div>");
            sb.append("<script type=\"application/json\" id=\"graph-data\">").append(Html.jsonInScript(Json.write(graph(e, d.cooccurring())))).append("</script>");
            sb.append("<ol class=\"ranked\">");
            for (Cooccurrence co : d.cooccurring()) {
                sb.append("<li>").append(Fragments.entityLink(co.entityId(), co.name())).append(" <span class=\"count\">")
                        .append(co.articles()).append(" shared article").append(co.articles() == 1 ? "" : "s").append("</span></li>");
            }
            sb.append("</ol>");
        }
        sb.append("</section>");
        return sb.toString();
    }

    static String timeline(Catalog c, List<Event> events) {
        StringBuilder sb = new StringBuilder(events.size() > 200 ? "<p class=\"note\">The first 200 of " + events.size() + " events.</p>" : "")
                .append("<ol class=\"timeline\">");
        for (Event ev : events.subList(0, Math.min(200, events.size()))) {
            sb.append(Fragments.eventItem(c, ev));
        }
        return sb.append("</ol>").toString();
    }

    private static Graph graph(EntityView e, List<Cooccurrence> co) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        nodes.add(new Node(e.id(), e.canonical(), "/entities/" + Html.seg(e.id()), true));
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Cooccurrence x : co) {
            if (seen.put(x.entityId(), true) == null) {
                nodes.add(new Node(x.entityId(), x.name(), "/entities/" + Html.seg(x.entityId()), false));
                edges.add(new Edge(e.id(), x.entityId(), x.articles()));
            }
        }
        return new Graph(nodes, edges);
    }
}
