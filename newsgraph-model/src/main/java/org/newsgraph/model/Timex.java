package org.newsgraph.model;

import java.util.Objects;

/**
 * A time expression in {@link Article#text()} and its normalized value.
 *
 * @param span  the expression
 * @param value what it means, anchored to the publication date where one is known
 * @param rule  which rule normalized it, e.g. {@code weekday-past}, {@code month-day}
 */
public record Timex(Span span, TimeValue value, String rule) {
    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }
}
