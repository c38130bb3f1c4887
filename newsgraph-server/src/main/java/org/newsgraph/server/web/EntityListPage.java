package org.newsgraph.server.web;

import java.util.List;
import org.newsgraph.server.catalog.EntityView;

/** All entities, most mentioned first, with a name filter. Thread-safe. */
final class EntityListPage {
    private EntityListPage() {
    }

    static String render(List<EntityView> entities, String q, int total, int offset, int limit) {
        StringBuilder sb = new StringBuilder("<h1>Entities</h1>");
        sb.append("<form class=\"filters\" action=\"/entities\" method=\"get\"><div class=\"field\"><label for=\"e-q\">Name contains</label>")
                .append("<input id=\"e-q\" name=\"q\" type=\"search\" maxlength=\"500\" value=\"").append(Html.esc(q)).append("\"></div>")
                .append("<div class=\"actions\"><button type=\"submit\">Filter</button></div></form>");
        if (entities.isEmpty()) {
            return sb.append(Layout.empty(total == 0 && q.isEmpty() ? "No entities yet: names are recognised when articles are ingested. " + Layout.NO_DATA
                    : "No entity has a name containing these letters.")).toString();
        }
        sb.append("<table><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th><th scope=\"col\">Also called</th><th scope=\"col\">Articles</th><th scope=\"col\">Events</th></tr>");
        for (EntityView e : entities) {
            List<String> others = e.aliases().stream().filter(a -> !a.equals(e.canonical())).limit(6).toList();
            sb.append("<tr><td>").append(Fragments.entityLink(e.id(), e.canonical())).append("</td><td>").append(e.type().name())
                    .append("</td><td>").append(Html.esc(String.join(", ", others))).append("</td><td>").append(e.articles().size())
                    .append("</td><td>").append(e.events().size()).append("</td></tr>");
        }
        sb.append("</table>");
        return sb.append(Fragments.pager("/entities", q.isEmpty() ? "" : "q=" + Html.seg(q), offset, limit, total)).toString();
    }
}
