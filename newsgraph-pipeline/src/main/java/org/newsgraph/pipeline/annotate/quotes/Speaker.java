package org.newsgraph.pipeline.annotate.quotes;

import java.util.Objects;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;

/**
 * Who says something, as found near a reporting cue. Immutable.
 *
 * @param entityId the entity, or {@code null} when only the words are known (no mentions were given)
 * @param span     the words naming the speaker (for a pronoun: the words it was resolved to)
 * @param type     the entity class when known, else {@code null}
 */
public record Speaker(String entityId, Span span, EntityType type) {
    public Speaker {
        Objects.requireNonNull(span, "span");
    }
}
