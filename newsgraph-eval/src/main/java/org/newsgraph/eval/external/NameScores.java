package org.newsgraph.eval.external;

import java.util.List;

/**
 * Name-finding figures of one system.
 *
 * @param overall micro-averaged over all types
 * @param byType  per CoNLL type (types only the system produced included)
 */
public record NameScores(Score overall, List<TypeScore> byType) {
    public NameScores {
        byType = List.copyOf(byType);
    }

    /** One type's figures. */
    public record TypeScore(String type, Score score) {
    }
}
