package org.newsgraph.pipeline.annotate.tagging;

/**
 * Splits a text into sentences and tokens and labels each token with a part of speech and a coarse entity class.
 * Implementations are thread-safe and never throw for odd text: an empty or blank text gives
 * {@link TaggedText#EMPTY}.
 */
public interface NamedEntityTagger {
    TaggedText tag(String text);
}
