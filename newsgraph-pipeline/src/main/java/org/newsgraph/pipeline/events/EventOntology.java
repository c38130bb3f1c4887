package org.newsgraph.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event types and their trigger patterns, as read from ontology files. Immutable and thread-safe.
 *
 * @param cues every cue; when two cues have the same pattern text, the later one wins (see {@link #extendedBy})
 */
public record EventOntology(List<EventCue> cues) {
    public EventOntology {
        cues = List.copyOf(cues);
    }

    /**
     * This ontology with the cues of {@code user} added. A user cue with the same pattern as a bundled cue replaces
     * it, so a user file can both add types and re-map existing triggers.
     */
    public EventOntology extendedBy(EventOntology user) {
        Map<String, EventCue> byPattern = new LinkedHashMap<>();
        for (EventCue cue : cues) {
            byPattern.put(cue.pattern().text(), cue);
        }
        for (EventCue cue : user.cues()) {
            byPattern.remove(cue.pattern().text());
            byPattern.put(cue.pattern().text(), cue);
        }
        return new EventOntology(new ArrayList<>(byPattern.values()));
    }

    /** The distinct types, in file order. */
    public List<String> types() {
        return cues.stream().map(EventCue::type).distinct().toList();
    }
}
