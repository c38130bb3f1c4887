package org.newsgraph.pipeline.annotate.quotes;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * Words found between quotation marks. Immutable.
 *
 * @param inner     the quoted words, without the marks and surrounding blanks
 * @param outer     the words with whatever marks were found
 * @param opened    whether an opening mark was found (false for a quotation that lost its opening mark)
 * @param closed    whether a closing mark was found (false for a paragraph of a multi-paragraph quotation and
 *                  for a quotation cut off by the end of the text)
 */
public record QuotedSpan(Span inner, Span outer, boolean opened, boolean closed) {
    public QuotedSpan {
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(outer, "outer");
    }
}
