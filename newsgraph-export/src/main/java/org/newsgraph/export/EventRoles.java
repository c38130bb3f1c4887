package org.newsgraph.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one rule by which an event's CAMEO code, source and target are read from its articles' coded mentions, for
 * every view of the event (exports, {@code newsgraph show}, the API and the web page): among the articles' main
 * mentions of the event's own type, the most frequent code, source and target (ties: the smallest id).
 *
 * @param cameo    the CAMEO code, or null
 * @param sourceId the source's entity id, or null
 * @param targetId the target's entity id, or null
 */
public record EventRoles(String cameo, String sourceId, String targetId) {
    /** One coded mention as this rule reads it. */
    public record Mention(String type, String cameo, String sourceId, String targetId, boolean main) {
    }

    /** The roles of an event of {@code eventType} (null: none) from its articles' coded mentions. */
    public static EventRoles of(String eventType, List<Mention> mentions) {
        Map<String, Integer> cameo = new TreeMap<>();
        Map<String, Integer> source = new TreeMap<>();
        Map<String, Integer> target = new TreeMap<>();
        for (Mention m : mentions) {
            if (!m.main() || eventType == null || !eventType.equals(m.type())) {
                continue;
            }
            if (m.cameo() != null) {
                cameo.merge(m.cameo(), 1, Integer::sum);
            }
            if (m.sourceId() != null) {
                source.merge(m.sourceId(), 1, Integer::sum);
            }
            if (m.targetId() != null) {
                target.merge(m.targetId(), 1, Integer::sum);
            }
        }
        return new EventRoles(mostVoted(cameo), mostVoted(source), mostVoted(target));
    }

    /** The key with most votes; ties: the smallest key (the map is sorted). */
    private static String mostVoted(Map<String, Integer> votes) {
        String best = null;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (best == null || v.getValue() > votes.get(best)) {
                best = v.getKey();
            }
        }
        return best;
    }
}
