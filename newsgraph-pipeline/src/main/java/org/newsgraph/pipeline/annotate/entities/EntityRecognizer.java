package org.newsgraph.pipeline.annotate.entities;

import org.newsgraph.pipeline.annotate.tagging.TaggedText;

/**
 * Finds entity mentions in a tagged text and groups them into canonical entities with corpus-wide ids.
 * Implementations are thread-safe and never throw for odd text: no tokens give {@link EntityLayer#EMPTY}.
 */
public interface EntityRecognizer {
    /**
     * @param text   the text that was tagged; mention spans point into it
     * @param tagged its sentences and tokens
     */
    EntityLayer recognize(String text, TaggedText tagged);
}
