package org.newsgraph.eval.external;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Scores system time expressions against gold ones, document by document, as TempEval-3 does: a gold and a system
 * expression match <em>strictly</em> when their extents are equal and <em>relaxed</em> when they overlap; each is
 * matched at most once (an exact match is preferred, then the first overlapping one). The value is right when a
 * relaxed match has the gold value string exactly; value F1 counts those right values against all system and all
 * gold expressions (the TempEval-3 "value F1"), value accuracy against the relaxed matches only.
 *
 * <p>Accumulates counts: not thread-safe. Empty lists are fine; nothing is ever thrown for odd spans.
 */
public final class TimexScorer {
    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int valueRight;
    private int typeRight;
    private final TreeMap<String, int[]> byType = new TreeMap<>();

    /** Adds one document's expressions. */
    public void add(List<GoldTimex> goldTimexes, List<GoldTimex> systemTimexes) {
        gold += goldTimexes.size();
        system += systemTimexes.size();
        boolean[] used = new boolean[systemTimexes.size()];
        for (GoldTimex g : goldTimexes) {
            int[] row = byType.computeIfAbsent(g.type().toUpperCase(Locale.ROOT), t -> new int[3]);
            row[0]++;
            int match = -1;
            for (int i = 0; i < systemTimexes.size() && match < 0; i++) {
                if (!used[i] && systemTimexes.get(i).span().equals(g.span())) {
                    match = i;
                }
            }
            for (int i = 0; i < systemTimexes.size() && match < 0; i++) {
                if (!used[i] && systemTimexes.get(i).span().overlaps(g.span())) {
                    match = i;
                }
            }
            if (match < 0) {
                continue;
            }
            used[match] = true;
            GoldTimex s = systemTimexes.get(match);
            relaxed++;
            row[1]++;
            if (s.span().equals(g.span())) {
                strict++;
            }
            if (s.value().equals(g.value())) {
                valueRight++;
                row[2]++;
            }
            if (s.type().equalsIgnoreCase(g.type())) {
                typeRight++;
            }
        }
    }

    /** The figures so far. */
    public TimexScores scores() {
        List<TimexScores.TypeRow> rows = new ArrayList<>();
        byType.forEach((type, row) -> rows.add(new TimexScores.TypeRow(type, row[0], Ratio.of(row[1], row[0]), Ratio.of(row[2], row[0]))));
        return new TimexScores(Score.of(strict, system, gold), Score.of(relaxed, system, gold), Score.of(valueRight, system, gold),
                Ratio.of(valueRight, relaxed), Ratio.of(typeRight, relaxed), rows);
    }
}
