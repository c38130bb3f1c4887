package org.newsgraph.store;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Event;

/**
 * Persistent events. Events are derived data, replaced as a whole atomically. An id that was handed out and is
 * not live after a replacement (its event merged into another, or renamed) is redirected to the live event that now
 * holds most of its articles, and likewise for story ids; redirects are kept flat (always one hop). Thread-safe.
 */
public interface EventStore {
    /** Replaces every event, and records a redirect for each event or story id that stops being live. */
    void replaceEvents(List<Event> events);

    /** The live event id that an id no longer live was redirected to; empty for live or never-issued ids. */
    Optional<String> redirectedEvent(String oldId);

    /** The live story id that a story id no longer live was redirected to; empty for live or never-issued ids. */
    Optional<String> redirectedStory(String oldId);

    /** Events, newest date first (undated last), then by id. */
    List<Event> events(int offset, int limit);

    Optional<Event> event(String id);

    int eventCount();
}
