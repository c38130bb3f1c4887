package org.newsgraph.eval.train;

import java.util.List;

/**
 * L2-regularised multinomial logistic regression over sparse rows, fitted by Nesterov-accelerated full-batch
 * gradient descent on the mean cross-entropy. Deterministic; meant for rows of norm about 1 (unit embeddings,
 * L2-normalised TF-IDF).
 */
final class SoftmaxRegression {
    /** One example: the non-zero features (index, value) and its class. */
    record Row(int[] index, double[] value, int label) {
        static Row dense(double[] x, int label) {
            int[] idx = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                idx[i] = i;
            }
            return new Row(idx, x.clone(), label);
        }
    }

    /** Fitted weights ({@code [class][feature]}) and intercepts. */
    record Fit(double[][] weights, double[] bias) {
        int predict(Row r) {
            double[] z = scores(r);
            int best = 0;
            for (int c = 1; c < z.length; c++) {
                if (z[c] > z[best]) {
                    best = c;
                }
            }
            return best;
        }

        double[] scores(Row r) {
            double[] z = bias.clone();
            for (int c = 0; c < z.length; c++) {
                for (int k = 0; k < r.index().length; k++) {
                    z[c] += weights[c][r.index()[k]] * r.value()[k];
                }
            }
            return z;
        }
    }

    private static final int ITERATIONS = 400;

    private SoftmaxRegression() {
    }

    static Fit fit(List<Row> rows, int classes, int features, double l2) {
        double[][] w = new double[classes][features];
        double[] b = new double[classes];
        double[][] prevW = new double[classes][features];
        double[] prevB = new double[classes];
        double step = 1.0 / (0.5 + l2);
        int n = rows.size();
        for (int it = 1; it <= ITERATIONS; it++) {
            double momentum = (it - 1.0) / (it + 2.0);
            double[][] yw = new double[classes][features];
            double[] yb = new double[classes];
            for (int c = 0; c < classes; c++) {
                for (int i = 0; i < features; i++) {
                    yw[c][i] = w[c][i] + momentum * (w[c][i] - prevW[c][i]);
                }
                yb[c] = b[c] + momentum * (b[c] - prevB[c]);
            }
            double[][] gw = new double[classes][features];
            double[] gb = new double[classes];
            Fit at = new Fit(yw, yb);
            for (Row r : rows) {
                double[] p = softmax(at.scores(r));
                p[r.label()] -= 1;
                for (int c = 0; c < classes; c++) {
                    double g = p[c] / n;
                    gb[c] += g;
                    for (int k = 0; k < r.index().length; k++) {
                        gw[c][r.index()[k]] += g * r.value()[k];
                    }
                }
            }
            for (int c = 0; c < classes; c++) {
                System.arraycopy(w[c], 0, prevW[c], 0, features);
                for (int i = 0; i < features; i++) {
                    w[c][i] = yw[c][i] - step * (gw[c][i] + l2 * yw[c][i]);
                }
                prevB[c] = b[c];
                b[c] = yb[c] - step * gb[c];
            }
        }
        return new Fit(w, b);
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
