package org.newsgraph.pipeline.annotate.entities;

import java.util.Objects;
import org.newsgraph.model.MentionKind;

/**
 * What a surface form from the knowledge tables stands for.
 *
 * @param entity the entity it names; for a capital city, the country (the government, by metonymy)
 * @param kind   how it names it: a name, an acronym, a demonym, a metonym
 * @param place  for a capital city, the city itself (used where the text speaks of the place: "in Oslo"),
 *               otherwise {@code null}
 */
public record KnownName(KnownEntity entity, MentionKind kind, KnownEntity place) {
    public KnownName {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
    }
}
