package org.newsgraph.eval.external;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * A TIMEX3 of a TimeML document (or one a system produced, in the same terms).
 *
 * @param span  the expression in the document text
 * @param type  {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the normalised TIMEX3 value, e.g. {@code 2013-03-22}, {@code P1M}, {@code PRESENT_REF}
 */
public record GoldTimex(Span span, String type, String value) {
    public GoldTimex {
        Objects.requireNonNull(span, "span");
        type = type == null ? "" : type;
        value = value == null ? "" : value;
    }
}
