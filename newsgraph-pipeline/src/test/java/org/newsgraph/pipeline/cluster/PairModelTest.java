package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairModelTest {
    private static PairModel model() {
        double[] w = new double[PairModel.featureNames().size()];
        w[0] = 4;
        return new PairModel(w, -2, 0.5, 0.7, 0.35, "made by hand for a test");
    }

    @Test
    void writesAndReadsBack() {
        PairModel back = PairModel.read(model().write());
        assertThat(back.weights()).containsExactly(model().weights());
        assertThat(back.bias()).isEqualTo(-2);
        assertThat(back.undatedLinkProbability()).isEqualTo(0.7);
        assertThat(back.provenance()).isEqualTo("made by hand for a test");
    }

    @Test
    void probabilityIsTheLogisticOfTheWeightedFeatures() {
        double[] x = new double[PairModel.featureNames().size()];
        x[0] = 0.5;
        assertThat(model().probability(x)).isEqualTo(0.5);
        x[0] = 1;
        assertThat(model().probability(x)).isGreaterThan(0.88);
    }

    @Test
    void rejectsUnknownKeysMissingWeightsAndImpossibleThresholds() {
        assertThatThrownBy(() -> PairModel.read(model().write() + "w.colour\t1.0\n")).hasMessageContaining("unknown keys");
        assertThatThrownBy(() -> PairModel.read(model().write().replace("w.lexical\t", "w.lexicon\t")))
                .hasMessageContaining("lexical");
        assertThatThrownBy(() -> new PairModel(new double[PairModel.featureNames().size()], 0, 1.0, 0.5, 0.5, ""))
                .hasMessageContaining("between 0 and 1");
    }
}
