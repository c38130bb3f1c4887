package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void precisionRecallAndF1FollowFromCounts() {
        Score s = Score.of(3, 4, 6);

        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.f1()).isCloseTo(0.6, within(1e-9));
        assertThat(s.brief()).isEqualTo("P  75.0 R  50.0 F1  60.0");
    }

    @Test
    void emptyCountsGiveZeroes() {
        assertThat(Score.of(0, 0, 0).f1()).isZero();
        assertThat(Ratio.of(0, 0).value()).isZero();
        assertThat(Ratio.of(1, 3).brief()).isEqualTo(" 33.3% (1/3)");
    }
}
