package org.newsgraph.pipeline.annotate.time;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/**
 * One pattern for a kind of time expression and how to normalise what it matches. The tagged characters are
 * the named group {@code t} when the pattern has one, else the whole match. Immutable and thread-safe.
 *
 * @param name              recorded as {@link org.newsgraph.model.Timex#rule()}
 * @param pattern           what to look for
 * @param needsReference    whether the value is relative to an earlier time expression ("three years later")
 *                          rather than to the publication date
 * @param resolver          the value of one match; empty when the match is not a time expression after all or
 *                          cannot be normalised without inventing a date
 */
public record TimeRule(String name, Pattern pattern, boolean needsReference, Resolver resolver) {
    public TimeRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(resolver, "resolver");
    }

    /** Normalises one match. Must not throw: a match that makes no sense gives an empty result. */
    @FunctionalInterface
    public interface Resolver {
        Optional<TimeValue> resolve(MatchResult match, Context context);
    }

    /**
     * What a resolver may look at besides the match.
     *
     * @param text      the whole text
     * @param span      the tagged characters
     * @param anchor    the publication date
     * @param tense     the tense around the expression
     * @param reference the latest absolute time value before the expression, or {@code null}
     * @param words     calendar words
     */
    public record Context(String text, Span span, PublicationAnchor anchor, Tense tense, TimeValue reference,
                          CalendarWords words) {
    }
}
