package org.newsgraph.eval.external;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One PETRARCH2 validation sentence and the codings it expects.
 *
 * @param id        record id
 * @param date      the sentence's date, or {@code null} when unreadable
 * @param text      the sentence, white space collapsed
 * @param codings   expected events; empty with {@code noEvents} when nothing should be coded
 * @param noEvents  whether the record expects no event
 */
public record PetrarchRecord(String id, LocalDate date, String text, List<Coding> codings, boolean noEvents) {
    public PetrarchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        codings = List.copyOf(codings);
    }

    /** An expected event: source actor code, target actor code, CAMEO event code. */
    public record Coding(String source, String target, String event) {
    }
}
