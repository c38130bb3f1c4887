package org.newsgraph.eval.external;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * conlleval-style name scoring: a system name is right when a gold name has exactly its span and its type;
 * precision, recall and F1 overall (micro) and per type. Duplicate system names (same span and type) count once.
 * Accumulates counts: not thread-safe.
 */
public final class NameScorer {
    private final TreeMap<String, int[]> byType = new TreeMap<>();

    /** Adds one document. */
    public void add(List<NamedSpan> gold, List<NamedSpan> system) {
        Set<NamedSpan> goldSet = new HashSet<>(gold);
        Set<NamedSpan> systemSet = new HashSet<>(system);
        for (NamedSpan g : goldSet) {
            row(g.type())[2]++;
        }
        for (NamedSpan s : systemSet) {
            int[] row = row(s.type());
            row[1]++;
            if (goldSet.contains(s)) {
                row[0]++;
            }
        }
    }

    private int[] row(String type) {
        return byType.computeIfAbsent(type, t -> new int[3]);
    }

    /** The figures so far. */
    public NameScores scores() {
        int[] all = new int[3];
        List<NameScores.TypeScore> rows = new java.util.ArrayList<>();
        byType.forEach((type, row) -> {
            for (int i = 0; i < 3; i++) {
                all[i] += row[i];
            }
            rows.add(new NameScores.TypeScore(type, Score.of(row[0], row[1], row[2])));
        });
        return new NameScores(Score.of(all[0], all[1], all[2]), rows);
    }
}
