package org.newsgraph.eval.external;

import java.util.List;
import org.newsgraph.pipeline.extract.LinearModel;

/**
 * Logistic regression for {@link LinearModel}s: full-batch gradient descent with AdaGrad steps, an L2 penalty on
 * every weight but the bias (ten times stronger on hashed buckets), the two classes weighed equally. Deterministic.
 * Stateless, thread-safe.
 */
final class LogisticFit {
    private static final int EPOCHS = 400;
    private static final double STEP = 0.2;

    /** A labelled example. */
    record Example(double[] dense, int[] hashed, boolean positive) {
    }

    private LogisticFit() {
    }

    /**
     * The fitted model over {@code names} and {@code buckets} hashed buckets (ignored when {@code useHashed} is
     * false), with the given threshold.
     */
    static LinearModel fit(List<Example> examples, List<String> names, int buckets, boolean useHashed, double l2, double threshold) {
        int nd = names.size();
        double[] wd = new double[nd];
        double[] wh = new double[buckets];
        double[] gd2 = new double[nd];
        double[] gh2 = new double[buckets];
        long pos = examples.stream().filter(Example::positive).count();
        long neg = examples.size() - pos;
        double wPos = examples.size() / (2.0 * Math.max(1, pos));
        double wNeg = examples.size() / (2.0 * Math.max(1, neg));
        int n = Math.max(1, examples.size());
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[] gd = new double[nd];
            double[] gh = new double[buckets];
            for (Example e : examples) {
                double z = 0;
                for (int i = 0; i < nd; i++) {
                    z += wd[i] * e.dense()[i];
                }
                if (useHashed) {
                    for (int h : e.hashed()) {
                        z += wh[h];
                    }
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = (p - (e.positive() ? 1 : 0)) * (e.positive() ? wPos : wNeg);
                for (int i = 0; i < nd; i++) {
                    gd[i] += g * e.dense()[i];
                }
                if (useHashed) {
                    for (int h : e.hashed()) {
                        gh[h] += g;
                    }
                }
            }
            for (int i = 0; i < nd; i++) {
                double g = gd[i] / n + (i == 0 ? 0 : l2 * wd[i]);
                gd2[i] += g * g;
                wd[i] -= STEP * g / (Math.sqrt(gd2[i]) + 1e-8);
            }
            for (int h = 0; useHashed && h < buckets; h++) {
                double g = gh[h] / n + l2 * 10 * wh[h];
                if (g != 0) {
                    gh2[h] += g * g;
                    wh[h] -= STEP * g / (Math.sqrt(gh2[h]) + 1e-8);
                }
            }
        }
        return new LinearModel(names, wd, wh, threshold);
    }
}
