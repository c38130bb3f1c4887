package org.newsgraph.eval.train;

import java.util.List;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares), with a
 * weight per example. Small and exact for the few features of a pair model; deterministic.
 */
final class LogisticRegression {
    /** The fitted weights and intercept. */
    record Fit(double[] weights, double bias) {
    }

    /** One weighted example. */
    record Row(double[] x, boolean y, double weight) {
    }

    private LogisticRegression() {
    }

    static Fit fit(List<Row> rows, double l2) {
        int d = rows.getFirst().x().length + 1; // last coordinate: intercept (not regularised)
        double[] beta = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Row r : rows) {
                double[] x = extended(r.x());
                double p = sigmoid(dot(beta, x));
                double g = (p - (r.y() ? 1 : 0)) * r.weight();
                double h = p * (1 - p) * r.weight();
                for (int i = 0; i < d; i++) {
                    gradient[i] += g * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += h * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < d - 1; i++) {
                gradient[i] += l2 * beta[i];
                hessian[i][i] += l2;
            }
            hessian[d - 1][d - 1] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                beta[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        double[] w = new double[d - 1];
        System.arraycopy(beta, 0, w, 0, d - 1);
        return new Fit(w, beta[d - 1]);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] extended(double[] x) {
        double[] e = new double[x.length + 1];
        System.arraycopy(x, 0, e, 0, x.length);
        e[x.length] = 1;
        return e;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is symmetric positive definite). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[col][col]) < 1e-12) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : s / m[i][i];
        }
        return x;
    }
}
