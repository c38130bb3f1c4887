package org.newsgraph.eval.external;

/**
 * A share of cases: {@code hits} out of {@code total}.
 *
 * @param hits  cases that came out right
 * @param total cases looked at
 * @param value {@code hits / total}, 0 when there are none
 */
public record Ratio(int hits, int total, double value) {
    public static Ratio of(int hits, int total) {
        if (hits < 0 || total < 0 || hits > total) {
            throw new IllegalArgumentException("inconsistent counts " + hits + "/" + total);
        }
        return new Ratio(hits, total, total == 0 ? 0 : (double) hits / total);
    }

    /** {@code 12.3% (4/33)}. */
    public String brief() {
        return String.format(java.util.Locale.ROOT, "%5.1f%% (%d/%d)", 100 * value, hits, total);
    }
}
