package org.newsgraph.model;

import java.util.Objects;

/**
 * A quotation and who said it.
 *
 * @param span        the quoted words in {@link Article#text()} (without the quotation marks)
 * @param direct      {@code true} for words inside quotation marks, {@code false} for reported speech
 * @param speakerId   the speaking {@link Entity}'s id, or {@code null} when unattributed
 * @param speakerSpan the mention that names the speaker near the quote, or {@code null}
 * @param cue         the reporting verb or phrase ("said", "according to"), or {@code null}
 * @param confidence  0..1
 */
public record Quote(Span span, boolean direct, String speakerId, Span speakerSpan, String cue, double confidence) {
    public Quote {
        Objects.requireNonNull(span, "span");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }
}
