package org.newsgraph.pipeline.annotate.tagging;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * A text split into sentences and tokens.
 *
 * @param sentences sentence spans, in order, not overlapping
 * @param tokens    tokens, in order; {@link Token#sentence()} indexes {@code sentences}
 */
public record TaggedText(List<Span> sentences, List<Token> tokens) {
    public static final TaggedText EMPTY = new TaggedText(List.of(), List.of());

    public TaggedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }
}
