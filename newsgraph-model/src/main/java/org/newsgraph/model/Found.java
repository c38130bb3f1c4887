package org.newsgraph.model;

import java.util.Objects;

/**
 * A metadata value together with the rule that found it and the evidence it was read from.
 *
 * @param value    the value
 * @param rule     which rule found it, e.g. {@code dateline}, {@code html-meta:og:site_name}, {@code jsonl}
 * @param evidence the characters of {@link Article#original()} it was read from, or {@code null} when it came
 *                 from outside the text (a JSONL field, the URL)
 */
public record Found<T>(T value, String rule, Span evidence) {
    public Found {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }
}
