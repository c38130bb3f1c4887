package org.newsgraph.pipeline.dedup;

/**
 * Approximate document frequencies of shingles in fixed memory (a count-min sketch: {@value #DEPTH} rows of
 * {@code 2^bits} counters). Estimates never undercount; they may overcount when the sketch is crowded. Used to
 * recognise boilerplate (a newsletter sign-up paragraph that one site appends to every story). Not thread-safe.
 */
final class ShingleCounts {
    private static final int DEPTH = 4;
    private final int[][] counts;
    private final int mask;

    ShingleCounts(int bits) {
        counts = new int[DEPTH][1 << bits];
        mask = (1 << bits) - 1;
    }

    /** Counts one document holding these distinct shingles. */
    void add(long[] distinctShingles) {
        for (long s : distinctShingles) {
            for (int row = 0; row < DEPTH; row++) {
                int[] r = counts[row];
                int i = index(s, row);
                if (r[i] < Integer.MAX_VALUE) {
                    r[i]++;
                }
            }
        }
    }

    /** How many documents (at most) held {@code shingle}. */
    int estimate(long shingle) {
        int min = Integer.MAX_VALUE;
        for (int row = 0; row < DEPTH; row++) {
            min = Math.min(min, counts[row][index(shingle, row)]);
        }
        return min;
    }

    private int index(long shingle, int row) {
        return (int) WordShingles.mix(shingle + 0x632be59bd9b4e019L * (row + 1)) & mask;
    }
}
