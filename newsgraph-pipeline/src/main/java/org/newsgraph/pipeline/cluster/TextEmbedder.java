package org.newsgraph.pipeline.cluster;

import java.util.Optional;

/**
 * Turns a short text (title and lead) into a dense vector for similarity. Optional: clustering works without it.
 * Implementations say whether they are thread-safe; blank input gives {@link Optional#empty()}, never an exception.
 */
public interface TextEmbedder {
    /** The embedder that embeds nothing. */
    TextEmbedder NONE = text -> Optional.empty();

    /** A unit-length vector, or empty when the text is blank or the model cannot embed it. */
    Optional<float[]> embed(String text);
}
