package org.newsgraph.pipeline.cluster;

import org.newsgraph.pipeline.annotate.entities.NameKeys;

/**
 * Comparison keys for actors across articles. Entity ids of known countries and organisations
 * ({@code gpe:RUS}, {@code org:ecowas}) are stable and kept as they are. Ids of people and of names the
 * recogniser could not type ({@code person:...}, {@code name:...}) are formed per article and vary with the
 * form the article uses ("Joe Biden" / "Biden", a company taken for a person in one article and an untyped
 * name in the next), so they are reduced to the consonant skeleton of their last word: the surname, or the
 * head of the name. Stateless and thread-safe; any string gives a key (an id without a prefix is kept).
 */
final class ActorKeys {
    private ActorKeys() {
    }

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
