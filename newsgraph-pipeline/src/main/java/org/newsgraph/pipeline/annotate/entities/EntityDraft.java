package org.newsgraph.pipeline.annotate.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/** An entity being assembled while one article is read. Not thread-safe; lives inside one call. */
final class EntityDraft {
    EntityType type;
    String id;
    String canonical;
    String country;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    /** For people: skeletons of the words of the longest name seen. */
    List<String> nameKeys = List.of();
    int mentions;
    /** Mentions the tagger labelled as an organisation. */
    int organisationLabels;
    int firstToken = Integer.MAX_VALUE;
    int lastToken = -1;

    EntityDraft(EntityType type, String id, String canonical, String country) {
        this.type = type;
        this.id = id;
        this.canonical = canonical;
        this.country = country;
    }

    void seen(String surface, int token) {
        aliases.add(surface);
        mentions++;
        firstToken = Math.min(firstToken, token);
        lastToken = Math.max(lastToken, token);
    }

    Entity toEntity() {
        List<String> all = new ArrayList<>();
        all.add(canonical);
        for (String a : aliases) {
            if (!all.contains(a)) {
                all.add(a);
            }
        }
        return new Entity(id, canonical, type, all, country, new ArrayList<>(roles));
    }
}
