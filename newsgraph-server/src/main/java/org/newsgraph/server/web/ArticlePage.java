package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removed;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.server.catalog.ArticleView;

/** One stored article: metadata with provenance, the event it reports, its text with quotes marked. Thread-safe. */
final class ArticlePage {
    private ArticlePage() {
    }

    static String render(ArticleView a, Processed p) {
        var m = p.article().metadata();
        StringBuilder sb = new StringBuilder("<h1>").append(Html.esc(a.title() == null ? a.id() : a.title())).append("</h1>");
        sb.append("<dl class=\"facts\"><dt>Outlet</dt><dd>").append(m.outlet().map(f -> Html.esc(f.value()) + " <span class=\"rule\">(" + Html.esc(f.rule()) + ")</span>").orElse("<span class=\"unknown\">unknown</span>"))
                .append("</dd><dt>Published</dt><dd>").append(m.published().map(f -> f.value() + " <span class=\"rule\">(" + Html.esc(f.rule()) + ")</span>").orElse("<span class=\"unknown\">no evidence of a date</span>"))
                .append("</dd><dt>Language</dt><dd>").append(Html.esc(org.newsgraph.pipeline.language.SupportedLanguages.describe(m.language())))
                .append(m.language().map(f -> " <span class=\"rule\">(" + Html.esc(f.rule()) + ")</span>").orElse(""))
                .append("</dd><dt>Dateline</dt><dd>").append(m.dateline().map(f -> Html.esc(f.value())).orElse("<span class=\"unknown\">none</span>"))
                .append("</dd><dt>Event</dt><dd>").append(a.eventId() == null ? "<span class=\"unknown\">none</span>"
                        : "<a href=\"/events/" + Html.seg(a.eventId()) + "\">" + Html.esc(a.eventId()) + "</a>")
                .append("</dd><dt>Copy</dt><dd>").append(a.isCopy() ? Html.esc(a.copyKind().toLowerCase(java.util.Locale.ROOT)) + " copy of "
                        + "<a href=\"/articles/" + Html.seg(a.duplicateOf()) + "\">" + Html.esc(a.duplicateOf()) + "</a>" : "original text")
                .append("</dd></dl>");
        List<EvidenceText.Highlight> marks = new ArrayList<>();
        for (Quote q : p.annotated().quotes()) {
            marks.add(new EvidenceText.Highlight(q.span(), "quote", "quotation"));
        }
        sb.append("<section aria-labelledby=\"t\"><h2 id=\"t\">Text</h2>").append(EvidenceText.render(p.article().text(), marks)).append("</section>");
        if (!p.article().removed().isEmpty()) {
            sb.append("<section aria-labelledby=\"r\"><h2 id=\"r\">Removed boilerplate</h2><ul>");
            for (Removed r : p.article().removed()) {
                if (r.span().end() <= p.article().original().length()) {
                    sb.append("<li><span class=\"tag\">").append(Html.esc(r.reason())).append("</span> ")
                            .append(Html.esc(r.span().of(p.article().original()))).append("</li>");
                }
            }
            sb.append("</ul></section>");
        }
        return sb.toString();
    }
}
