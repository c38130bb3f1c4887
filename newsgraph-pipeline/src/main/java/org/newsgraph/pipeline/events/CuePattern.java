package org.newsgraph.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Outcome;

/**
 * A trigger pattern: a sequence of words, exact forms and gaps, e.g. {@code pay * visit} or {@code =talks}.
 * Syntax: words separated by spaces; {@code word} matches any inflection, {@code =word} only that form,
 * {@code *} up to {@link #GAP} tokens. A pattern starts and ends with a word and has no two gaps in a row.
 *
 * @param text   the pattern as written
 * @param tokens its parsed elements
 */
public record CuePattern(String text, List<CueToken> tokens) {
    /** How many tokens a {@code *} may skip. */
    public static final int GAP = 4;

    public CuePattern {
        tokens = List.copyOf(tokens);
    }

    /** Number of words (gaps not counted): longer patterns are more specific. */
    public int words() {
        return (int) tokens.stream().filter(t -> !(t instanceof CueToken.Gap)).count();
    }

    /**
     * Parses a pattern. Never throws: a malformed pattern (empty, leading or trailing gap, two gaps in a row,
     * characters other than letters, digits, hyphens and apostrophes in a word) is a failed outcome whose
     * location is {@code where}.
     */
    public static Outcome<CuePattern> parse(String text, String where, EnglishStemmer stemmer) {
        if (text == null || text.isBlank()) {
            return Outcome.failed("bad-pattern", "a cue pattern must not be empty", where);
        }
        String[] parts = text.strip().split("\\s+");
        List<CueToken> tokens = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("*")) {
                if (i == 0 || i == parts.length - 1) {
                    return Outcome.failed("bad-pattern", "a cue pattern cannot start or end with a gap: '" + text + "'", where);
                }
                if (tokens.getLast() instanceof CueToken.Gap) {
                    return Outcome.failed("bad-pattern", "two gaps in a row in '" + text + "'", where);
                }
                tokens.add(new CueToken.Gap(GAP));
                continue;
            }
            boolean exact = part.startsWith("=");
            String word = (exact ? part.substring(1) : part).toLowerCase(Locale.ROOT);
            if (!word.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*")) {
                return Outcome.failed("bad-pattern", "not a word: '" + part + "' in '" + text + "'", where);
            }
            tokens.add(exact ? new CueToken.Exact(word) : new CueToken.Stem(word, stemmer.stem(word)));
        }
        return Outcome.ok(new CuePattern(text.strip(), tokens));
    }
}
