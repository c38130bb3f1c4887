package org.newsgraph.eval.external;

import java.util.List;
import java.util.Objects;

/**
 * One CoNLL-2003 document rebuilt as text: tokens joined by one space, sentences by a line break.
 *
 * @param id     1-based position of the document in the file
 * @param text   the rebuilt text
 * @param tokens how many tokens it has
 * @param names  the gold names, spans into {@code text}
 */
public record ConllDocument(int id, String text, int tokens, List<NamedSpan> names) {
    public ConllDocument {
        Objects.requireNonNull(text, "text");
        names = List.copyOf(names);
    }
}
