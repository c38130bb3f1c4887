package org.newsgraph.server.catalog;

import java.util.List;

/**
 * A storyline: events that belong together, in date order (undated last).
 *
 * @param id       story id
 * @param headline headline of its first event (the first event with a headline), or {@code null} when none has one
 * @param events   its event ids in date order
 */
public record StoryView(String id, String headline, List<String> events) {
    public StoryView {
        events = List.copyOf(events);
    }
}
