package org.newsgraph.pipeline.annotate;

import java.util.List;
import org.newsgraph.model.Problem;

/**
 * Bounds on what the language layer is asked to read, so that no article can take it hours or gigabytes: only
 * the first {@code maxChars} characters of a text are annotated (cut at a space where one is near), and a
 * stretch of more than {@code maxSentenceChars} characters without sentence punctuation or a line break is
 * split for the tagger at a space (the text itself is not changed: a space becomes a line break in the copy
 * the tagger sees, so every offset stays the same). Immutable and thread-safe.
 *
 * @param maxChars         characters of an article's text that are annotated
 * @param maxSentenceChars longest stretch the tagger sees as one sentence
 */
public record LanguageBounds(int maxChars, int maxSentenceChars) {
    /** 100,000 characters (a long feature is a fifth of that), sentences of at most 2,000 characters. */
    public static final LanguageBounds DEFAULT = new LanguageBounds(100_000, 2_000);

    public LanguageBounds {
        if (maxChars < 1_000 || maxSentenceChars < 100) {
            throw new IllegalArgumentException("maxChars must be at least 1000 and maxSentenceChars at least 100");
        }
    }

    /** What the language layer reads of one text, and the problems that say what it left out. */
    public record Bounded(String annotated, String forTagger, List<Problem> problems) {
        public Bounded {
            problems = List.copyOf(problems);
        }
    }

    /** The bounded forms of {@code text}; {@code location} names the article in problems. */
    public Bounded apply(String text, String where) {
        String location = where == null || where.isBlank() ? "article" : where;
        String annotated = text;
        List<Problem> problems = new java.util.ArrayList<>();
        if (text.length() > maxChars) {
            int cut = maxChars;
            for (int i = maxChars; i > maxChars - 1_000; i--) {
                if (Character.isWhitespace(text.charAt(i))) {
                    cut = i;
                    break;
                }
            }
            if (Character.isLowSurrogate(text.charAt(cut)) && cut > 0) {
                cut--;
            }
            annotated = text.substring(0, cut);
            problems.add(new Problem("annotation-bounded", "only the first " + cut + " of " + text.length()
                    + " characters were annotated (entities, quotes, dates, events); the whole text is stored and searchable", location));
        }
        char[] copy = null;
        int since = 0;
        int splits = 0;
        for (int i = 0; i < annotated.length(); i++) {
            char c = annotated.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < annotated.length() && Character.isWhitespace(annotated.charAt(i + 1)))) {
                since = 0;
                continue;
            }
            since++;
            if (since >= maxSentenceChars && (c == ' ' || c == '\t' || c == '\u00a0')) {
                if (copy == null) {
                    copy = annotated.toCharArray();
                }
                copy[i] = '\n';
                since = 0;
                splits++;
            }
        }
        if (splits > 0) {
            problems.add(new Problem("sentence-split", splits + " stretch" + (splits == 1 ? "" : "es") + " of more than "
                    + maxSentenceChars + " characters without sentence punctuation " + (splits == 1 ? "was" : "were")
                    + " split into shorter sentences for tagging", location));
        }
        return new Bounded(annotated, copy == null ? annotated : new String(copy), problems);
    }
}
