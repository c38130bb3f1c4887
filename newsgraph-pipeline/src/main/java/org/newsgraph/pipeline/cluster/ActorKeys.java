package org.newsgraph.pipeline.cluster;

import java.util.Locale;
import org.newsgraph.model.Entity;
import org.newsgraph.pipeline.annotate.entities.NameKeys;

/**
 * Comparison keys for actors across articles. Entity ids of known countries and organisations
 * ({@code gpe:RUS}, {@code org:ecowas}) are stable and kept as they are. Ids of people and of names the
 * recogniser could not type ({@code person:...}, {@code name:...}) are formed per article and vary with the
 * form the article uses ("Joe Biden" / "Biden", a company taken for a person in one article and an untyped
 * name in the next), so they are reduced to the consonant skeleton of their last word: the surname, or the
 * head of the name. For people from the canonical name where the entity is known, with a leading "Zh" or "Dzh" read as
 * "J" (the two usual romanisations of Cyrillic Ж: Zhumabekov / Jumabekov). Stateless and thread-safe; any
 * string gives a key (an id without a prefix is kept).
 */
final class ActorKeys {
    private ActorKeys() {
    }

    /** The key of an entity: from its canonical name for people, else from its id. */
    static String key(Entity entity) {
        if (!entity.id().startsWith("person:")) {
            return key(entity.id());
        }
        String folded = NameKeys.fold(entity.canonical());
        String last = folded.substring(folded.lastIndexOf(' ') + 1);
        if (last.startsWith("dzh")) {
            last = "j" + last.substring(3);
        } else if (last.startsWith("zh")) {
            last = "j" + last.substring(2);
        }
        String skeleton = NameKeys.skeleton(last.toLowerCase(Locale.ROOT));
        return skeleton.isEmpty() ? key(entity.id()) : "n:" + skeleton;
    }

    /** The key of an entity id whose entity is unknown. */
    static String key(String entityId) {
        int colon = entityId.indexOf(':');
        if (colon < 0) {
            return entityId;
        }
        String prefix = entityId.substring(0, colon);
        if (!prefix.equals("person") && !prefix.equals("name")) {
            return entityId;
        }
        String slug = entityId.substring(colon + 1);
        String last = slug.substring(slug.lastIndexOf('-') + 1);
        String skeleton = NameKeys.skeleton(last);
        return skeleton.isEmpty() ? entityId : "n:" + skeleton;
    }
}
