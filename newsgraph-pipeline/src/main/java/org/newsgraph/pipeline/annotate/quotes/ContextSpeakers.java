package org.newsgraph.pipeline.annotate.quotes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Speakers for quotations that have no reporting cue of their own, taken from where they stand: a quotation opening
 * a paragraph right after someone's statement goes on with that statement (the paragraphs of a communiqué quoted
 * after "the bloc said …"), and a quotation inside a headline belongs to the headline's subject ("Minister pleased
 * with “productive talks”"). Stateless and thread-safe; quotations outside the text give no speaker.
 */
final class ContextSpeakers {
    /** Paragraphs a statement may stand before the quotation that goes on with it (the one in between is the reporter's). */
    private static final int MAX_PARAGRAPHS_BETWEEN = 1;
    /** A line with more words than this is a paragraph of text, not a headline. */
    private static final int MAX_HEADLINE_WORDS = 20;
    /** What may precede a headline's subject: a title, nothing else ("President Wekesa pleased with …"). */
    private static final Pattern HEADLINE_LEAD = Pattern.compile("[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}\\s*");

    private ContextSpeakers() {
    }

    /**
     * The latest attributed statement ending before {@code quotation} when the quotation opens its paragraph and
     * at most one paragraph stands between them; empty otherwise.
     *
     * @param statements direct and reported quotations found so far, in any order
     */
    static Optional<Quote> statementBefore(String text, Span quotation, List<Quote> statements) {
        int paragraphStart = text.lastIndexOf('\n', Math.max(0, quotation.start() - 1)) + 1;
        if (!text.substring(paragraphStart, quotation.start()).chars().allMatch(c -> Character.isWhitespace(c)
                || "“\"«„‘'".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return statements.stream()
                .filter(s -> s.speakerId() != null && s.span().end() <= paragraphStart)
                .max(Comparator.comparingInt(s -> s.span().end()))
                .filter(s -> paragraphsBetween(text, s.span().end(), paragraphStart) <= MAX_PARAGRAPHS_BETWEEN);
    }

    /**
     * The subject of the headline-like line (no closing full stop, a few words) holding {@code quotation}: a
     * person or body named at the very start of the line, after a title at most. Empty for quotations in running
     * text.
     */
    static Optional<Speaker> headlineSubject(String text, Span quotation, List<Mention> mentions) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, quotation.start() - 1)) + 1;
        int lineEnd = text.indexOf('\n', quotation.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String line = text.substring(lineStart, lineEnd).strip();
        if (line.isEmpty() || ".!?:".indexOf(line.charAt(line.length() - 1)) >= 0
                || PatternQuoteExtractor.words(line) > MAX_HEADLINE_WORDS) {
            return Optional.empty();
        }
        int start = lineStart;
        while (start < lineEnd && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int from = start;
        int end = lineEnd;
        return mentions.stream()
                .filter(m -> m.span().start() >= from && m.span().end() <= quotation.start())
                .filter(m -> m.type() == EntityType.PERSON || m.type() == EntityType.ORG)
                .filter(m -> m.kind() != MentionKind.PRONOUN && m.span().end() <= end)
                .min(Comparator.comparing(Mention::span))
                .filter(m -> m.span().start() == from
                        || HEADLINE_LEAD.matcher(text).region(from, m.span().start()).matches())
                .map(m -> new Speaker(m.entityId(), m.span(), m.type()));
    }

    /** Non-blank paragraphs wholly between {@code from} (inside a paragraph) and {@code to} (a paragraph start). */
    private static int paragraphsBetween(String text, int from, int to) {
        String[] lines = text.substring(from, to).split("\n", -1);
        int count = 0;
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                count++;
            }
        }
        return count;
    }
}
