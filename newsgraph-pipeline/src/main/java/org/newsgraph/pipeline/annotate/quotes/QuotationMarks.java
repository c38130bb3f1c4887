package org.newsgraph.pipeline.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Finds words between quotation marks in any common style: curly and straight double marks (mixed freely, as
 * copied text often mixes them), guillemets, low-high marks, and single marks outside double-quoted stretches.
 * A quotation is never carried over a paragraph break: an unclosed quotation ends with its paragraph (news
 * style opens each paragraph of a long quotation and closes only the last), and a closing mark with no opening
 * mark before it in its paragraph starts the quotation at the paragraph start. Immutable and thread-safe.
 */
public final class QuotationMarks {
    private static final String DOUBLE_OPEN = "“\"«„";
    private static final String DOUBLE_CLOSE = "”\"»“";
    private static final String SINGLE_OPEN = "‘'‹";
    private static final String SINGLE_CLOSE = "’'›";
    /** Words a single-quoted stretch cut off by the end of the text needs to count as a quotation. */
    private static final int MIN_TRUNCATED_WORDS = 3;

    private final Pattern lead;

    /** Marks only: a quotation that lost its opening mark after another quotation starts right after that one. */
    public QuotationMarks() {
        this(null);
    }

    /**
     * @param cues reporting cues; a quotation that lost its opening mark after another quotation starts after the
     *             last cue (and its comma or colon) between them
     */
    QuotationMarks(Pattern cues) {
        this.lead = cues == null ? null : Pattern.compile("(?:" + cues.pattern() + ")[,:]?\\s*",
                cues.flags());
    }

    /** The quoted stretches of {@code text}, in order; empty for {@code null}. */
    public List<QuotedSpan> find(String text) {
        List<QuotedSpan> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            List<QuotedSpan> doubles = paragraph(text, start, end, true, List.of());
            found.addAll(doubles);
            found.addAll(paragraph(text, start, end, false, doubles));
            start = end + 1;
        }
        found.sort((a, b) -> a.outer().compareTo(b.outer()));
        return found;
    }

    private List<QuotedSpan> paragraph(String text, int from, int to, boolean doubleMarks, List<QuotedSpan> skip) {
        List<QuotedSpan> found = new ArrayList<>();
        int open = -1;
        boolean seenAny = false;
        for (int i = from; i < to; i++) {
            if (inside(skip, i)) {
                continue;
            }
            char c = text.charAt(i);
            if (open < 0) {
                if (opens(text, i, from, to, doubleMarks)) {
                    open = i;
                    seenAny = true;
                } else if (doubleMarks && !seenAny && closes(text, i, to, true) && i > from
                        && !Character.isWhitespace(text.charAt(i - 1))) {
                    add(found, text, from, i, i, false, true);
                } else if (doubleMarks && seenAny && c == '”' && !found.isEmpty() && i > from
                        && !Character.isWhitespace(text.charAt(i - 1))) {
                    add(found, text, orphanStart(text, found.get(found.size() - 1).outer().end(), i), i, i, false, true);
                }
                seenAny |= (doubleMarks ? DOUBLE_CLOSE : SINGLE_OPEN).indexOf(c) >= 0 || c == '”';
            } else if (closes(text, i, to, doubleMarks) && i > open + 1) {
                add(found, text, open + 1, i, open, true, true);
                open = -1;
            } else if (doubleMarks && c == '“' && i > open + 1 && Character.isWhitespace(text.charAt(i - 1))) {
                add(found, text, open + 1, i, open, true, false);
                open = i;
            }
        }
        if (open >= 0 && (doubleMarks || truncatedAtEnd(text, open, to))) {
            add(found, text, open + 1, to, open, true, false);
        }
        return found;
    }

    /**
     * Where a quotation that lost its opening mark starts when an earlier quotation of the paragraph ends at
     * {@code from}: after the last reporting clause before the mark ("…,” he said, adding, Next year …”), else right
     * after the earlier quotation.
     */
    private int orphanStart(String text, int from, int mark) {
        int start = Math.min(from, mark);
        if (lead != null && start < mark) {
            Matcher m = lead.matcher(text);
            m.region(start, mark);
            while (m.find()) {
                start = m.end();
            }
        }
        return start;
    }

    private static void add(List<QuotedSpan> found, String text, int innerStart, int innerEnd, int markAt, boolean opened,
                            boolean closed) {
        int s = innerStart;
        int e = innerEnd;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s < 2 || text.substring(s, e).chars().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        int outerStart = opened ? markAt : s;
        int outerEnd = closed ? (opened ? innerEnd + 1 : markAt + 1) : e;
        found.add(new QuotedSpan(new Span(s, e), new Span(Math.min(outerStart, s), Math.max(outerEnd, e)), opened, closed));
    }

    /**
     * A single-quoted stretch still open where the text ends: a quotation cut off by the end of an excerpt
     * ("‘You can ask me, I run the harbour and"), not a stray apostrophe, when it runs over a few words.
     */
    private static boolean truncatedAtEnd(String text, int open, int to) {
        return text.substring(to).isBlank() && text.charAt(open) != '\''
                && text.substring(open + 1, to).strip().split("\\s+").length >= MIN_TRUNCATED_WORDS;
    }

    private static boolean opens(String text, int i, int from, int to, boolean doubleMarks) {
        char c = text.charAt(i);
        char before = i > from ? text.charAt(i - 1) : ' ';
        char after = i + 1 < to ? text.charAt(i + 1) : ' ';
        if (doubleMarks && c == '”') {
            return Character.isWhitespace(before) && Character.isLetter(after);
        }
        if (doubleMarks && c == '"' && Character.isWhitespace(before) && Character.isWhitespace(after)) {
            return text.indexOf('"', i + 1) > i && text.indexOf('"', i + 1) < to;
        }
        String marks = doubleMarks ? DOUBLE_OPEN : SINGLE_OPEN;
        if (marks.indexOf(c) < 0 || Character.isWhitespace(after) && c != '«') {
            return false;
        }
        if (c == '“' || c == '«' || c == '„' || c == '‹') {
            return true;
        }
        return !Character.isLetterOrDigit(before);
    }

    private static boolean closes(String text, int i, int to, boolean doubleMarks) {
        char c = text.charAt(i);
        String marks = doubleMarks ? DOUBLE_CLOSE : SINGLE_CLOSE;
        if (marks.indexOf(c) < 0) {
            return false;
        }
        char after = i + 1 < to ? text.charAt(i + 1) : ' ';
        if (doubleMarks) {
            return c != '“' || !Character.isLetterOrDigit(after);
        }
        return !Character.isLetterOrDigit(after);
    }

    private static boolean inside(List<QuotedSpan> quotes, int i) {
        for (QuotedSpan q : quotes) {
            if (q.outer().start() <= i && i < q.outer().end()) {
                return true;
            }
        }
        return false;
    }
}
