package org.newsgraph.server.catalog;

import java.time.LocalDate;

/**
 * Which events a listing shows. Every {@code null} (or zero) criterion matches everything; text comparisons
 * ignore case.
 *
 * @param text       words that must all occur in the headline, actors, place, type or outlets, or in a member
 *                   article found by full-text search
 * @param entity     an entity id, name or alias mentioned in a member article
 * @param actor      an actor name (or entity id) of the event
 * @param type       the event type (PLOVER), exactly
 * @param from       earliest day (inclusive) the event date may reach
 * @param to         latest day (inclusive) the event date may reach
 * @param place      words of the place name
 * @param outlet     an outlet that reported it
 * @param minSources least number of independent sources
 * @param story      a story id
 */
public record EventFilter(String text, String entity, String actor, String type, LocalDate from, LocalDate to,
                          String place, String outlet, int minSources, String story) {
    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, 0, null);

    /** Whether any criterion is set. */
    public boolean isRestrictive() {
        return !equals(ALL);
    }
}
