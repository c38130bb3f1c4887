package org.newsgraph.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    private static double probability(LogisticRegression.Fit fit, double... x) {
        double z = fit.bias();
        for (int i = 0; i < x.length; i++) {
            z += fit.weights()[i] * x[i];
        }
        return LogisticRegression.sigmoid(z);
    }

    @Test
    void recoversTheRatesOfABinaryFeature() {
        // x = 1: 80 of 100 positive; x = 0: 10 of 100 positive. Unregularised, the fit gives back those rates.
        List<LogisticRegression.Row> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new LogisticRegression.Row(new double[] {1}, i < 80, 1));
            rows.add(new LogisticRegression.Row(new double[] {0}, i < 10, 1));
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(rows, 1e-9);
        assertThat(probability(fit, 1)).isCloseTo(0.8, within(1e-4));
        assertThat(probability(fit, 0)).isCloseTo(0.1, within(1e-4));
    }

    @Test
    void anInformativeFeatureGetsAPositiveWeightAndNoiseAWeightNearZero() {
        Random random = new Random(7);
        List<LogisticRegression.Row> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double signal = random.nextDouble();
            double noise = random.nextDouble();
            boolean y = random.nextDouble() < LogisticRegression.sigmoid(6 * signal - 3);
            rows.add(new LogisticRegression.Row(new double[] {signal, noise}, y, 1));
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(rows, 0.1);
        assertThat(fit.weights()[0]).isBetween(4.5, 7.5);
        assertThat(Math.abs(fit.weights()[1])).isLessThan(0.8);
    }

    @Test
    void weightsCountLikeRepeatedRows() {
        List<LogisticRegression.Row> weighted = List.of(
                new LogisticRegression.Row(new double[] {1}, true, 3),
                new LogisticRegression.Row(new double[] {1}, false, 1),
                new LogisticRegression.Row(new double[] {0}, false, 2),
                new LogisticRegression.Row(new double[] {0}, true, 2));
        List<LogisticRegression.Row> repeated = new ArrayList<>();
        for (LogisticRegression.Row r : weighted) {
            for (int i = 0; i < r.weight(); i++) {
                repeated.add(new LogisticRegression.Row(r.x(), r.y(), 1));
            }
        }
        LogisticRegression.Fit a = LogisticRegression.fit(weighted, 0.5);
        LogisticRegression.Fit b = LogisticRegression.fit(repeated, 0.5);
        assertThat(a.weights()[0]).isCloseTo(b.weights()[0], within(1e-9));
        assertThat(a.bias()).isCloseTo(b.bias(), within(1e-9));
    }
}
