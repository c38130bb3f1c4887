package org.newsgraph.pipeline.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Block quotations set off without marks: a paragraph that a reporting clause ending in a colon introduces
 * ("In a statement on its website, the chief executive wrote:") and that carries no quotation mark of its own is
 * the quotation. Only the one paragraph right after the colon is taken: later paragraphs are the reporter's again.
 * Immutable and thread-safe; odd text gives no block, never an exception.
 */
final class BlockQuotations {
    /** Fewer words than this after a colon are a list item or a caption, not a quoted paragraph. */
    private static final int MIN_WORDS = 8;
    /** An introducing clause longer than this is a paragraph of its own that happens to end in a colon. */
    private static final int MAX_INTRO_WORDS = 40;
    private static final String MARKS = "“”\"«»„‘’'‹›";

    private final Pattern cues;

    BlockQuotations(Pattern cues) {
        this.cues = cues;
    }

    /**
     * The unmarked block quotations of {@code text}, as quoted spans with neither mark found; paragraphs overlapping
     * {@code marked} are left out. Empty for {@code null}.
     */
    List<QuotedSpan> find(String text, List<QuotedSpan> marked) {
        List<QuotedSpan> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        SpanIndex quoted = new SpanIndex(marked.stream().map(QuotedSpan::outer).toList());
        List<Span> paragraphs = paragraphs(text);
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            Span intro = paragraphs.get(i);
            Span block = paragraphs.get(i + 1);
            String introText = intro.of(text);
            String blockText = block.of(text);
            if (!introText.endsWith(":") || PatternQuoteExtractor.words(introText) > MAX_INTRO_WORDS
                    || !cues.matcher(introText).find()) {
                continue;
            }
            boolean unmarked = blockText.chars().noneMatch(c -> MARKS.indexOf(c) >= 0 && c != '’' && c != '\'');
            if (unmarked && PatternQuoteExtractor.words(blockText) >= MIN_WORDS && !quoted.overlaps(block)) {
                out.add(new QuotedSpan(block, block, false, false));
            }
        }
        return out;
    }

    /** Non-blank paragraphs, stripped of surrounding blanks. */
    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
            start = end + 1;
        }
        return out;
    }
}
