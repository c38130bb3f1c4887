package org.newsgraph.eval.external;

import java.util.List;

/**
 * How well one system found and normalised time expressions.
 *
 * @param strict        exact-extent matches
 * @param relaxed       overlapping matches
 * @param value         relaxed matches with the right value, against all system and gold expressions (value F1)
 * @param valueAccuracy right values among the relaxed matches
 * @param typeAccuracy  right TIMEX3 types among the relaxed matches
 * @param byType        per gold TIMEX3 type
 */
public record TimexScores(Score strict, Score relaxed, Score value, Ratio valueAccuracy, Ratio typeAccuracy, List<TypeRow> byType) {
    public TimexScores {
        byType = List.copyOf(byType);
    }

    /**
     * One gold type.
     *
     * @param type    {@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}
     * @param gold    gold expressions of the type
     * @param found   of those, matched (relaxed)
     * @param valued  of those, matched with the right value
     */
    public record TypeRow(String type, int gold, Ratio found, Ratio valued) {
    }
}
