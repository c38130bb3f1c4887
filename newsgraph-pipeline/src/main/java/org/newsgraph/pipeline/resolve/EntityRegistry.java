package org.newsgraph.pipeline.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * The entities seen so far in one stream, indexed by corpus id, by name key and (for people with a first and a
 * last name) by the skeletons of their name words.
 *
 * <p>Not thread-safe. Lookups never fail: an unknown key gives an empty result.
 */
final class EntityRegistry {

    /**
     * One corpus entity.
     *
     * @param id        corpus id
     * @param type      class given when first seen
     * @param canonical the longest name seen for it
     * @param words     folded person name words (empty for non-persons)
     * @param keys      skeletons of {@code words}
     */
    record Known(String id, EntityType type, String canonical, List<String> words, List<String> keys) {
        Known {
            words = List.copyOf(words);
            keys = List.copyOf(keys);
        }

        boolean fullName() {
            return type == EntityType.PERSON && keys.size() >= 2;
        }
    }

    private final Map<String, Known> byId = new HashMap<>();
    private final Map<String, Set<String>> idsByKey = new HashMap<>();
    private final Map<String, Set<String>> fullNamesByKey = new HashMap<>();
    private final Map<String, Set<String>> shortNamesByKey = new HashMap<>();

    Known get(String id) {
        return byId.get(id);
    }

    /** Ids of the entities registered under a name key, sorted. */
    Set<String> idsWithKey(String key) {
        return idsByKey.getOrDefault(key, Set.of());
    }

    /** The registered people with a first and a last name one of whose name words has this skeleton. */
    List<Known> fullNamesWithKey(String skeleton) {
        List<Known> out = new ArrayList<>();
        for (String id : fullNamesByKey.getOrDefault(skeleton, Set.of())) {
            out.add(byId.get(id));
        }
        return out;
    }

    /** The registered people known by one name word only whose word has this skeleton. */
    List<Known> shortNamesWithKey(String skeleton) {
        List<Known> out = new ArrayList<>();
        for (String id : shortNamesByKey.getOrDefault(skeleton, Set.of())) {
            Known k = byId.get(id);
            if (k.type() == EntityType.PERSON && k.keys().size() == 1) {
                out.add(k);
            }
        }
        return out;
    }

    /** Adds an entity under its corpus id, or adds its names to the entity already registered under that id. */
    void add(Entity entity) {
        Known previous = byId.get(entity.id());
        String canonical = previous == null || entity.canonical().length() > previous.canonical().length()
                ? entity.canonical() : previous.canonical();
        EntityType type = previous == null ? entity.type() : previous.type();
        List<String> words = type == EntityType.PERSON ? NameForm.personWords(canonical) : List.of();
        Known known = new Known(entity.id(), type, canonical, words, NameForm.personKeys(words));
        byId.put(entity.id(), known);
        if (known.fullName()) {
            for (String key : known.keys()) {
                fullNamesByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(known.id());
            }
        } else if (type == EntityType.PERSON && known.keys().size() == 1) {
            shortNamesByKey.computeIfAbsent(known.keys().getFirst(), k -> new TreeSet<>()).add(known.id());
        }
        for (String key : NameForm.keys(entity)) {
            idsByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(entity.id());
        }
    }
}
