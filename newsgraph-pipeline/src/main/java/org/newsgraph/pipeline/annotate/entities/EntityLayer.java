package org.newsgraph.pipeline.annotate.entities;

import java.util.List;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/**
 * The entities of one article and the mentions that refer to them.
 *
 * @param mentions every mention, ordered by position; each {@code entityId} names one of {@code entities}
 * @param entities the entities, in order of first mention
 */
public record EntityLayer(List<Mention> mentions, List<Entity> entities) {
    public static final EntityLayer EMPTY = new EntityLayer(List.of(), List.of());

    public EntityLayer {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
    }
}
