package org.newsgraph.server.catalog;

import java.util.List;
import org.newsgraph.model.EntityType;

/**
 * An entity as seen across the whole store.
 *
 * @param id        entity id
 * @param canonical preferred name (the most frequent canonical name among the articles)
 * @param type      entity class
 * @param aliases   every surface form seen, sorted
 * @param roles     every role seen, with when
 * @param articles  ids of the articles that mention it
 * @param events    ids of the events whose articles mention it or that name it as an actor
 * @param mentions  number of mentions (at least one per article)
 */
public record EntityView(String id, String canonical, EntityType type, List<String> aliases, List<RoleSeen> roles,
                         List<String> articles, List<String> events, int mentions) {
    public EntityView {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }

    /**
     * A role and the span of publication dates of the articles that give it.
     *
     * @param role  e.g. "foreign minister"
     * @param first earliest publication date, or {@code null} when no article giving it is dated
     * @param last  latest publication date, or {@code null}
     * @param count number of articles giving it
     */
    public record RoleSeen(String role, java.time.LocalDate first, java.time.LocalDate last, int count) {
    }
}
