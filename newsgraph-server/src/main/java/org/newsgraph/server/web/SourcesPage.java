package org.newsgraph.server.web;

import java.util.List;
import org.newsgraph.model.Event;
import org.newsgraph.server.catalog.SourceComparison;

/** Source comparison: for one event, what each outlet said, side by side. Thread-safe. */
final class SourcesPage {
    private SourcesPage() {
    }

    static String render(Event e, List<SourceComparison.Account> accounts) {
        StringBuilder sb = new StringBuilder("<p class=\"crumbs\"><a href=\"/events/").append(Html.seg(e.id())).append("\">← Event</a></p>");
        sb.append("<h1>What each source said</h1><p class=\"lead\">").append(Html.esc(e.headline() == null ? "Untitled event" : e.headline())).append("</p>");
        if (accounts.isEmpty()) {
            return sb.append(Layout.empty("The articles of this event are not available.")).toString();
        }
        sb.append("<div class=\"compare\">");
        for (SourceComparison.Account a : accounts) {
            sb.append("<section class=\"account\" aria-label=\"").append(Html.esc(a.outlet() == null ? a.articleId() : a.outlet())).append("\">");
            sb.append("<h2>").append(Html.esc(a.outlet() == null ? "Outlet unknown" : a.outlet())).append("</h2>");
            sb.append("<p class=\"meta\"><a href=\"/articles/").append(Html.seg(a.articleId())).append("\">")
                    .append(Html.esc(a.title() == null ? a.articleId() : a.title())).append("</a>")
                    .append(a.published() == null ? "" : " · " + a.published())
                    .append(a.copyOf() == null ? "" : " · <span class=\"tag copy\">copy of " + Html.esc(a.copyOf()) + "</span>").append("</p>");
            sb.append("<h3>Quotes used</h3>").append(items(a.quotes(), "No quotes."));
            sb.append("<h3>Framing words</h3>").append(chips(a.framing(), "None of the listed framing words."));
            sb.append("<h3>Words only this source used</h3>").append(chips(a.distinctive(), accounts.size() < 2 ? "Only one source." : "None."));
            sb.append("</section>");
        }
        return sb.append("</div>").toString();
    }

    private static String items(List<String> xs, String none) {
        if (xs.isEmpty()) {
            return Layout.empty(none);
        }
        StringBuilder sb = new StringBuilder("<ul>");
        xs.forEach(x -> sb.append("<li>").append(Html.esc(x)).append("</li>"));
        return sb.append("</ul>").toString();
    }

    private static String chips(List<String> xs, String none) {
        if (xs.isEmpty()) {
            return Layout.empty(none);
        }
        StringBuilder sb = new StringBuilder("<ul class=\"chips\">");
        xs.forEach(x -> sb.append("<li>").append(Html.esc(x)).append("</li>"));
        return sb.append("</ul>").toString();
    }
}
