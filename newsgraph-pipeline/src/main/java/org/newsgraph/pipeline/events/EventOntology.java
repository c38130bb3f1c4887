package org.newsgraph.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The event types and their trigger patterns, as read from ontology files. Immutable and thread-safe.
 *
 * @param cues    every cue; when two cues have the same pattern text, the later one wins (see {@link #extendedBy})
 * @param intents for a type, what a future or intended act of that type is coded as ("will impose a curfew" is
 *                a threat, "will release the hostages" an expression of intent to yield), by type name
 * @param modals  lower-case words that, shortly before a trigger, mark the act as future or intended
 *                ({@code will}, {@code would}, {@code plans})
 * @param settings  lower-case nouns that name a gathering ({@code summit}, {@code meeting}): a trigger ending in one
 *                  is the setting of whatever was decided there, not necessarily the news itself
 * @param decisions types whose acts, when the lead reports them, are the news of a gathering rather than the
 *                  gathering ({@code MOBILIZE}: a summit that orders a standby force)
 * @param opposed   for a type, what an act of that type is coded as when its source and target belong to two
 *                  different countries (a collision between one state's fighter jet and another's drone is a use of
 *                  force, not an accident), by type name
 */
public record EventOntology(List<EventCue> cues, Map<String, Intent> intents, Set<String> modals, Set<String> settings,
                            Set<String> decisions, Map<String, Intent> opposed) {
    /**
     * The code for an intended act.
     *
     * @param type  PLOVER category of the intent, e.g. {@code THREATEN}
     * @param cameo its CAMEO code, or {@code null}
     */
    public record Intent(String type, String cameo) {
        public Intent {
            Objects.requireNonNull(type, "type");
        }
    }

    public EventOntology {
        cues = List.copyOf(cues);
        intents = Map.copyOf(intents);
        modals = Set.copyOf(modals);
        settings = Set.copyOf(settings);
        decisions = Set.copyOf(decisions);
        opposed = Map.copyOf(opposed);
    }

    /** An ontology without gathering nouns, decisive types and codes for acts between two countries. */
    public EventOntology(List<EventCue> cues, Map<String, Intent> intents, Set<String> modals) {
        this(cues, intents, modals, Set.of(), Set.of(), Map.of());
    }

    /** An ontology of cues only, without intent rules. */
    public EventOntology(List<EventCue> cues) {
        this(cues, Map.of(), Set.of());
    }

    /**
     * This ontology with the cues of {@code user} added. A user cue with the same pattern as a bundled cue replaces
     * it, so a user file can both add types and re-map existing triggers; user intents replace those of the same
     * type (so do user codes for acts between two countries), and user modals, gathering nouns and decisive types are
     * added.
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
        Map<String, Intent> mergedIntents = new HashMap<>(intents);
        mergedIntents.putAll(user.intents());
        Set<String> mergedModals = new HashSet<>(modals);
        mergedModals.addAll(user.modals());
        Map<String, Intent> mergedOpposed = new HashMap<>(opposed);
        mergedOpposed.putAll(user.opposed());
        return new EventOntology(new ArrayList<>(byPattern.values()), mergedIntents, mergedModals,
                union(settings, user.settings()), union(decisions, user.decisions()), mergedOpposed);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** The distinct types, in file order. */
    public List<String> types() {
        return cues.stream().map(EventCue::type).distinct().toList();
    }
}
