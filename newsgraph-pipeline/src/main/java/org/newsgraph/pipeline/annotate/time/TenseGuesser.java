package org.newsgraph.pipeline.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Guesses whether a time expression refers forward or backward from the publication date, from the tense cue
 * nearest to it in its sentence: "will", "is to", "is expected to", "next" point forward; "is", "expires",
 * "begins" are present; "said", "was", past participles and everything else point back (news is told in the
 * past). Stateless and thread-safe.
 */
public final class TenseGuesser {
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|won't|shall|'ll|would|(?:is|are|was|were)\\s+(?:to|due\\s+to|expected\\s+to|set\\s+to|scheduled\\s+to|"
                    + "slated\\s+to|poised\\s+to|going\\s+to|planning\\s+to)(?:\\s+be(?:\\s+[a-z]+ed)?)?|plans?\\s+to|planned\\s+for|scheduled\\s+for|"
                    + "upcoming|next|ahead\\s+of|later\\s+this|expected|scheduled|slated|due|planned|until|payable|to\\s+be(?:\\s+[a-z]+ed)?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:said|says|told|was|were|had|did|ago|last|earlier|[a-z]{3,}ed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENT = Pattern.compile(
            "\\b(?:is|are|expires?|begins?|starts?|ends?|opens?|closes?|takes\\s+effect|remains?|runs?|lasts?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\"“‘'(]?[A-Z])|\\n");

    /**
     * The tense of the clause around {@code span}; {@link Tense#PAST} when no cue decides. A span outside the
     * text is treated as having no cues.
     */
    public Tense tenseAt(String text, Span span) {
        if (span.end() > text.length()) {
            return Tense.PAST;
        }
        int start = sentenceStart(text, span.start());
        int end = sentenceEnd(text, span.end());
        int future = nearest(FUTURE, text, start, end, span, null);
        int past = nearest(PAST, text, start, end, span, FUTURE);
        int present = nearest(PRESENT, text, start, end, span, FUTURE);
        if (future < past && future <= present) {
            return Tense.FUTURE;
        }
        return present < past ? Tense.PRESENT : Tense.PAST;
    }

    private static int sentenceStart(String text, int from) {
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        int lower = Math.max(0, from - 400);
        m.region(lower, from);
        while (m.find()) {
            start = m.end();
        }
        return Math.max(start, lower);
    }

    private static int sentenceEnd(String text, int from) {
        Matcher m = SENTENCE_END.matcher(text);
        m.region(from, Math.min(text.length(), from + 400));
        return m.find() ? m.start() : Math.min(text.length(), from + 400);
    }

    /** Distance from the span to the nearest cue of {@code cues} in [start, end), ignoring words inside {@code except}. */
    private static int nearest(Pattern cues, String text, int start, int end, Span span, Pattern except) {
        List<Span> excluded = new ArrayList<>();
        if (except != null) {
            Matcher x = except.matcher(text);
            x.region(start, end);
            while (x.find()) {
                excluded.add(new Span(x.start(), x.end()));
            }
        }
        Matcher m = cues.matcher(text);
        m.region(start, end);
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            Span cue = new Span(m.start(), m.end());
            if (span.contains(cue) || excluded.stream().anyMatch(e -> e.contains(cue))) {
                continue;
            }
            int distance = m.end() <= span.start() ? span.start() - m.end() : Math.max(0, m.start() - span.end());
            best = Math.min(best, distance);
        }
        return best;
    }
}
