package org.newsgraph.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {
    @Test
    void separatesThreeClustersAndMacroF1CountsEachClass() {
        Random random = new Random(7);
        double[][] centres = {{1, 0}, {0, 1}, {-0.7, -0.7}};
        List<SoftmaxRegression.Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int c = i % 3;
            rows.add(SoftmaxRegression.Row.dense(new double[] {centres[c][0] + 0.1 * random.nextGaussian(),
                    centres[c][1] + 0.1 * random.nextGaussian()}, c));
        }
        SoftmaxRegression.Fit fit = SoftmaxRegression.fit(rows, 3, 2, 1e-3);
        int[] gold = rows.stream().mapToInt(SoftmaxRegression.Row::label).toArray();
        int[] predicted = rows.stream().mapToInt(fit::predict).toArray();
        double[] perClass = new double[5];
        // classes 3 and 4 never occur: their F1 is 0, so macro-F1 over five classes is at most 3/5
        assertThat(EventTypeTrainer.macroF1(gold, predicted, perClass)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(perClass[0]).isEqualTo(1.0);
    }

    @Test
    void sparseRowsUseOnlyTheirIndexes() {
        List<SoftmaxRegression.Row> rows = List.of(
                new SoftmaxRegression.Row(new int[] {3}, new double[] {1}, 1),
                new SoftmaxRegression.Row(new int[] {0}, new double[] {1}, 0));
        SoftmaxRegression.Fit fit = SoftmaxRegression.fit(rows, 2, 5, 1e-2);
        assertThat(fit.predict(rows.get(0))).isEqualTo(1);
        assertThat(fit.predict(rows.get(1))).isEqualTo(0);
        assertThat(fit.weights()[0][2]).isZero();
    }
}
