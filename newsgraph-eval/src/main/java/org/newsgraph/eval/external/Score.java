package org.newsgraph.eval.external;

/**
 * Precision, recall and F1 from counts.
 *
 * @param correct   system items that match a gold item (one to one)
 * @param system    system items
 * @param gold      gold items
 * @param precision {@code correct / system}, 0 when the system found nothing
 * @param recall    {@code correct / gold}, 0 when there is no gold item
 * @param f1        harmonic mean of the two, 0 when both are 0
 */
public record Score(int correct, int system, int gold, double precision, double recall, double f1) {
    /** The score of the given counts; negative counts or more correct than found are an {@link IllegalArgumentException}. */
    public static Score of(int correct, int system, int gold) {
        if (correct < 0 || system < 0 || gold < 0 || correct > system || correct > gold) {
            throw new IllegalArgumentException("inconsistent counts " + correct + "/" + system + "/" + gold);
        }
        double p = system == 0 ? 0 : (double) correct / system;
        double r = gold == 0 ? 0 : (double) correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(correct, system, gold, p, r, f);
    }

    /** {@code P/R/F1} as percentages with one decimal. */
    public String brief() {
        return String.format(java.util.Locale.ROOT, "P %5.1f R %5.1f F1 %5.1f", 100 * precision, 100 * recall, 100 * f1);
    }
}
