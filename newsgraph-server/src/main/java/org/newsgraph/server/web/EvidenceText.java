package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * An article text as HTML with spans highlighted: evidence sentences in {@code <mark>}, triggers and quotes
 * inside them emphasised. Spans outside the text or overlapping an earlier highlight are dropped (never
 * thrown). Line breaks are kept (the stylesheet shows them). Stateless and thread-safe.
 */
final class EvidenceText {
    /** A span to highlight and the CSS class (also its meaning: {@code evidence}, {@code trigger}, {@code quote}). */
    record Highlight(Span span, String kind, String label) {
    }

    private EvidenceText() {
    }

    static String render(String text, List<Highlight> highlights) {
        List<Highlight> sorted = new ArrayList<>(highlights.stream().filter(h -> h.span().end() <= text.length()).toList());
        sorted.sort(Comparator.comparing((Highlight h) -> h.span()).thenComparing(h -> -h.span().length()));
        StringBuilder sb = new StringBuilder("<div class=\"text\">");
        int pos = 0;
        List<Highlight> kept = new ArrayList<>();
        for (Highlight h : sorted) {
            Highlight last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && h.span().start() < last.span().end() && !last.span().contains(h.span())) {
                continue;
            }
            kept.add(h);
        }
        // flat rendering: outer highlights as <mark>, nested ones (inside the current outer) as <strong>
        Highlight outer = null;
        for (Highlight h : kept) {
            if (outer != null && h.span().start() >= outer.span().end()) {
                pos = plain(sb, text, pos, outer.span().end());
                sb.append("</mark>");
                outer = null;
            }
            pos = plain(sb, text, pos, h.span().start());
            if (outer == null) {
                sb.append("<mark class=\"").append(h.kind()).append("\" title=\"").append(Html.esc(h.label())).append("\">");
                outer = h;
                if (!h.kind().equals("evidence")) {
                    pos = plain(sb, text, pos, h.span().end());
                    sb.append("</mark>");
                    outer = null;
                }
            } else {
                sb.append("<strong class=\"").append(h.kind()).append("\" title=\"").append(Html.esc(h.label())).append("\">");
                pos = plain(sb, text, pos, Math.min(h.span().end(), outer.span().end()));
                sb.append("</strong>");
            }
        }
        if (outer != null) {
            pos = plain(sb, text, pos, outer.span().end());
            sb.append("</mark>");
        }
        plain(sb, text, pos, text.length());
        return sb.append("</div>").toString();
    }

    /** Appends text[from, to) escaped; returns {@code to}. */
    private static int plain(StringBuilder sb, String text, int from, int to) {
        if (to <= from) {
            return Math.max(from, to);
        }
        sb.append(Html.esc(text.substring(from, to)));
        return to;
    }
}
