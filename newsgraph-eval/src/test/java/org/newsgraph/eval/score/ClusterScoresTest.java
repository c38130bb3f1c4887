package org.newsgraph.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    @Test
    void identicalClusteringsScorePerfectly() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2");
        ClusterScores s = ClusterScores.of(gold, Map.of("a", "x", "b", "x", "c", "y"));
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.pairwiseF1()).isEqualTo(1.0);
    }

    @Test
    void allSingletonsHavePerfectPrecisionAndPartialRecall() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2");
        ClusterScores s = ClusterScores.of(gold, Map.of());
        assertThat(s.precision()).isEqualTo(1.0);
        // a and b each see 1 of their 2 gold mates; c sees its only one: (0.5 + 0.5 + 1) / 3
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.pairwiseF1()).isEqualTo(0.0);
    }

    @Test
    void oneBigClusterHasPerfectRecallAndPoorPrecision() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2", "d", "3");
        ClusterScores s = ClusterScores.of(gold, Map.of("a", "x", "b", "x", "c", "x", "d", "x"));
        assertThat(s.recall()).isEqualTo(1.0);
        // a, b: 2/4 each; c, d: 1/4 each
        assertThat(s.precision()).isCloseTo((0.5 + 0.5 + 0.25 + 0.25) / 4, within(1e-12));
        // system pairs 6, true pairs 1, gold pairs 1
        assertThat(s.pairwiseF1()).isCloseTo(2 * (1.0 / 6) * 1.0 / (1.0 / 6 + 1.0), within(1e-12));
    }

    @Test
    void systemLabelsOfArticlesOutsideTheGoldAreIgnored() {
        ClusterScores s = ClusterScores.of(Map.of("a", "1", "b", "2"), Map.of("a", "x", "b", "y", "z", "x"));
        assertThat(s.f1()).isEqualTo(1.0);
    }
}
