package org.newsgraph.eval.external;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One TimeML document: the text of its {@code TEXT} element and the TIMEX3 inside it.
 *
 * @param id      the {@code DOCID} (else the file name)
 * @param created the document creation time (DCT) day, or {@code null} when the DCT value is not a day
 * @param text    the characters of {@code TEXT}, markup removed
 * @param timexes the gold expressions, spans into {@code text}, in order
 */
public record TimeMlDocument(String id, LocalDate created, String text, List<GoldTimex> timexes) {
    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
    }
}
