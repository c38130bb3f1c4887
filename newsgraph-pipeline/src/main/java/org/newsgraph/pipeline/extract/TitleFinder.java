package org.newsgraph.pipeline.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.model.Found;

/**
 * Finds the title: the source's, then the page markup's, then for plain text the first line left after
 * boilerplate removal when it looks like a headline: 10 to 200 characters, at most 30 words, no sentence full
 * stop at the end, not two sentences, not a dateline lead ("ANKARA - The bank ... said ...", "Baghdad (IP): ..."), not a byline, not a
 * parenthesised note. Stateless, thread-safe.
 */
public final class TitleFinder {
    private static final Pattern NOT_HEADLINE_START = Pattern.compile("^(?:[(\\[•·*-]|By |Photo|Image|Updated|Published|Posted)");

    private static final Pattern TWO_SENTENCES = Pattern.compile("\\p{Ll}{2}[.!?] +\\p{Lu}");

    public Optional<Found<String>> find(Evidence e) {
        if (e.hints().title() != null && !e.hints().title().isBlank()) {
            return Optional.of(new Found<>(e.hints().title().strip(), "source", null));
        }
        if (e.page().title().isPresent()) {
            return e.page().title();
        }
        if (e.page() != PageFacts.NONE) {
            return Optional.empty();
        }
        List<Line> kept = e.draft().kept();
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        Line first = kept.get(0);
        return looksLikeHeadline(first) ? Optional.of(new Found<>(first.text(), "first-line", first.span())) : Optional.empty();
    }

    static boolean looksLikeHeadline(Line line) {
        String t = line.text();
        if (t.length() < 10 || t.length() > 200 || line.words() > 30 || line.words() < 3) {
            return false;
        }
        if (t.endsWith(".") && !t.endsWith("...")) {
            return false;
        }
        if (NOT_HEADLINE_START.matcher(t).find() || TWO_SENTENCES.matcher(t).find()) {
            return false;
        }
        return DatelineFinder.read(line).isEmpty();
    }
}
