package org.newsgraph.store;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Event;

/** Persistent events. Events are derived data, replaced as a whole atomically. Thread-safe. */
public interface EventStore {
    void replaceEvents(List<Event> events);

    /** Events, newest date first (undated last), then by id. */
    List<Event> events(int offset, int limit);

    Optional<Event> event(String id);

    int eventCount();
}
