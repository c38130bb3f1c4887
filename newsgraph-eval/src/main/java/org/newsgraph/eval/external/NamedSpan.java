package org.newsgraph.eval.external;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * A name and its CoNLL class.
 *
 * @param span the characters of the name
 * @param type {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}
 */
public record NamedSpan(Span span, String type) {
    public NamedSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
