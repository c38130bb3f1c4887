package org.newsgraph.pipeline.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Links events into storylines: two events belong to one story when they share at least
 * {@code sharedActors} of their main actors (the same people or bodies over time, e.g. one official's meetings
 * with several counterparts). Stories are the connected components of that relation, so the result does not
 * depend on the order of the events; a story's id is {@code st-} plus the smallest id of its events, derived
 * from content, not from arrival counters. Stateless and thread-safe; events without actors form stories of
 * their own.
 */
public final class StoryLinker {
    /** Shared main actors needed for a link by default. */
    public static final int DEFAULT_SHARED_ACTORS = 2;
    /** Main actors taken per event. */
    public static final int MAIN_ACTORS = 4;
    /** Events whose main actors are shared by more events than this are linked through that actor no further. */
    private static final int MAX_POSTING = 500;

    private final int sharedActors;

    /**
     * One event as the linker sees it.
     *
     * @param eventId    the event
     * @param mainActors its main actor keys, most central first
     */
    public record EventActors(String eventId, List<String> mainActors) {
        public EventActors {
            Objects.requireNonNull(eventId, "eventId");
            mainActors = List.copyOf(mainActors);
        }
    }

    public StoryLinker(int sharedActors) {
        if (sharedActors < 1) {
            throw new IllegalArgumentException("sharedActors must be at least 1: " + sharedActors);
        }
        this.sharedActors = sharedActors;
    }

    /** Event id → story id for every given event. */
    public Map<String, String> link(List<EventActors> events) {
        List<EventActors> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(EventActors::eventId));
        int n = sorted.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> byActor = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String actor : sorted.get(i).mainActors()) {
                List<Integer> posting = byActor.computeIfAbsent(actor, k -> new ArrayList<>());
                for (int j : posting) {
                    shared.merge(j, 1, Integer::sum);
                }
                if (posting.size() < MAX_POSTING) {
                    posting.add(i);
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() >= sharedActors) {
                    int a = root(parent, i);
                    int b = root(parent, e.getKey());
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            out.put(sorted.get(i).eventId(), "st-" + sorted.get(root(parent, i)).eventId());
        }
        return out;
    }

    /** The main actors of an event from its articles' lead actors: most widely shared first, then earliest. */
    static List<String> mainActors(List<ArticleProfile> members) {
        Map<String, double[]> stats = new HashMap<>();
        for (ArticleProfile p : members) {
            List<String> lead = p.leadActors();
            for (int i = 0; i < lead.size(); i++) {
                double[] s = stats.computeIfAbsent(lead.get(i), k -> new double[2]);
                s[0]++;
                s[1] += i;
            }
        }
        return stats.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[0])
                        .thenComparingDouble(e -> e.getValue()[1] / e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(MAIN_ACTORS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Stories for events given as their member profiles. */
    Map<String, String> link(Map<String, List<ArticleProfile>> members) {
        List<EventActors> events = new ArrayList<>();
        for (Map.Entry<String, List<ArticleProfile>> e : members.entrySet()) {
            events.add(new EventActors(e.getKey(), mainActors(e.getValue())));
        }
        return link(events);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
