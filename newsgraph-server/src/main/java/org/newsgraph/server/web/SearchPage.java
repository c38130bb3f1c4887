package org.newsgraph.server.web;

import java.util.List;
import org.newsgraph.model.Event;
import org.newsgraph.server.api.SearchService;
import org.newsgraph.server.catalog.Catalog;

/** Search results: matching events, then matching articles, with the text/semantic mode switch. Thread-safe. */
final class SearchPage {
    private SearchPage() {
    }

    static String render(Catalog c, String q, SearchService.Mode mode, SearchService.Result result, List<Event> events, String error) {
        StringBuilder sb = new StringBuilder("<h1>Search</h1>");
        sb.append("<form class=\"filters\" role=\"search\" action=\"/search\" method=\"get\"><div class=\"field wide\"><label for=\"s-q\">Words</label>")
                .append("<input id=\"s-q\" name=\"q\" type=\"search\" maxlength=\"500\" value=\"").append(Html.esc(q)).append("\"></div>")
                .append("<fieldset><legend>Mode</legend>")
                .append(radio("text", "Exact words", mode == SearchService.Mode.TEXT))
                .append(radio("semantic", "Also other names of the entities named", mode == SearchService.Mode.SEMANTIC))
                .append("</fieldset><div class=\"actions\"><button type=\"submit\">Search</button></div></form>");
        if (error != null) {
            return sb.append("<p class=\"error\" role=\"alert\">").append(Html.esc(error)).append("</p>").toString();
        }
        if (q.isEmpty()) {
            return sb.append(Layout.empty("Type some words: a name, a place, an organisation. Quotes search a phrase; AND, OR and NOT combine words.")).toString();
        }
        if (result != null && !result.expanded().isEmpty()) {
            sb.append("<p class=\"note\">Also searched for: ").append(Html.esc(String.join(", ", result.expanded()))).append("</p>");
        }
        sb.append("<section aria-labelledby=\"ev\"><h2 id=\"ev\">Events</h2>");
        sb.append(events.isEmpty() ? Layout.empty("No event matches.") : Fragments.eventList(c, events.subList(0, Math.min(20, events.size()))));
        sb.append("</section><section aria-labelledby=\"ar\"><h2 id=\"ar\">Articles</h2>");
        if (result == null || result.hits().isEmpty()) {
            sb.append(Layout.empty(c.articles().isEmpty() ? Layout.NO_DATA : "No article matches these words."));
        } else {
            sb.append("<ol class=\"hits\">");
            for (SearchService.Hit h : result.hits()) {
                sb.append("<li><a href=\"").append(h.eventId() != null ? "/events/" + Html.seg(h.eventId()) : "/articles/" + Html.seg(h.articleId()))
                        .append("\">").append(Html.esc(linkText(h))).append("</a><p class=\"meta\">")
                        .append(Html.esc(h.outlet() == null ? "outlet unknown" : h.outlet())).append(h.published() == null ? "" : " · " + h.published())
                        .append("</p>").append(h.excerpt() == null ? "" : "<p class=\"excerpt\">" + Html.esc(h.excerpt()) + "</p>").append("</li>");
            }
            sb.append("</ol>");
        }
        return sb.append("</section>").toString();
    }

    /** A hit's link text: its title, else the start of its lead (an untitled article), else its id. */
    static String linkText(SearchService.Hit h) {
        if (h.title() != null && !h.title().isBlank()) {
            return h.title();
        }
        if (h.excerpt() != null && !h.excerpt().isBlank()) {
            String lead = h.excerpt().strip().replaceAll("\\s+", " ");
            return lead.length() <= 120 ? lead : lead.substring(0, Math.max(60, lead.lastIndexOf(' ', 120))) + "…";
        }
        return h.articleId();
    }

    private static String radio(String value, String label, boolean checked) {
        return "<label class=\"inline\"><input type=\"radio\" name=\"mode\" value=\"" + value + "\"" + (checked ? " checked" : "") + "> " + Html.esc(label) + "</label>";
    }
}
