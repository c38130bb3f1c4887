package org.newsgraph.server.web;

import org.newsgraph.server.http.Response;

/** The page shell every page shares: head, skip link, navigation with the search box, footer. Thread-safe. */
final class Layout {
    private Layout() {
    }

    /** A full HTML page; {@code title} is escaped, {@code body} is already-escaped HTML. */
    static String page(String title, String body, String... scripts) {
        StringBuilder sb = new StringBuilder(body.length() + 2048);
        sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" · Newsgraph</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/newsgraph.css\">");
        for (String s : scripts) {
            sb.append("<script src=\"").append(Html.esc(s)).append("\" defer></script>");
        }
        sb.append("</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>")
                .append("<header class=\"top\"><nav aria-label=\"Main\"><a class=\"brand\" href=\"/\">Newsgraph</a>")
                .append("<a href=\"/events\">Events</a><a href=\"/entities\">Entities</a><a href=\"/stories\">Stories</a>")
                .append("<a href=\"/map\">Map</a><a href=\"/alerts\">Alerts</a><a href=\"/docs/api\">API</a></nav>")
                .append("<form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">")
                .append("<label for=\"top-q\" class=\"visually-hidden\">Search articles</label>")
                .append("<input id=\"top-q\" name=\"q\" type=\"search\" placeholder=\"Search articles\" maxlength=\"500\">")
                .append("<button type=\"submit\">Search</button></form></header>")
                .append("<main id=\"main\" tabindex=\"-1\">").append(body).append("</main>")
                .append("<footer><p>Newsgraph · events, not articles · <a href=\"/api/stats\">store statistics</a></p></footer>")
                .append("</body></html>\n");
        return sb.toString();
    }

    static Response ok(String title, String body, String... scripts) {
        return Response.html(200, page(title, body, scripts));
    }

    /** A paragraph explaining why a section is empty and what to do. */
    static String empty(String message) {
        return "<p class=\"empty\">" + Html.esc(message) + "</p>";
    }

    static final String NO_DATA = "Nothing is stored yet. Add articles with `newsgraph ingest PATH` (or `newsgraph demo`), "
            + "or POST them to /api/ingest, then reload this page.";
}
