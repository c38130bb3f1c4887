package org.newsgraph.pipeline.extract;

import org.newsgraph.model.Span;

/**
 * One line of a text: its position among the lines, the span of its stripped content in the original text,
 * and that content with odd spaces made plain (same length as the span).
 *
 * @param index position among all lines, counting empty ones
 * @param span  the stripped content in the original text; empty for a blank line
 * @param text  the content, odd spaces replaced by plain ones
 */
public record Line(int index, Span span, String text) {
    public boolean isBlank() {
        return text.isEmpty();
    }

    /** Number of space-separated words. */
    public int words() {
        return text.isEmpty() ? 0 : text.split(" +").length;
    }

    /** The span of {@code text.substring(from, to)} in the original text. */
    public Span part(int from, int to) {
        return new Span(span.start() + from, span.start() + to);
    }
}
