package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An event: one happening reported by one or more articles.
 *
 * @param id                 stable id
 * @param articleIds         the articles reporting it
 * @param date               consolidated date, or {@code null}
 * @param place              consolidated place, or {@code null}
 * @param type               consolidated PLOVER type, or {@code null}
 * @param actors             canonical names of the main actors
 * @param headline           a representative title
 * @param outlets            all outlets that reported it
 * @param independentSources outlets that wrote their own text (copies excluded)
 * @param storyId            the storyline it belongs to
 */
public record Event(String id, List<String> articleIds, TimeValue date, String place, String type, List<String> actors,
                    String headline, List<String> outlets, int independentSources, String storyId) {
    public Event {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        actors = List.copyOf(actors);
        outlets = List.copyOf(outlets);
    }
}
