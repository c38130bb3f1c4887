package org.newsgraph.pipeline.dedup;

/**
 * Settings of {@link MinHashDeduplicator}, bound once at start-up.
 *
 * @param shingleWords       words per shingle
 * @param permutations       MinHash signature length; must be {@code bands * rowsPerBand}
 * @param bands              LSH bands
 * @param rowsPerBand        signature values hashed together into one LSH bucket key
 * @param nearJaccard        estimated Jaccard similarity from which a text is a near copy
 * @param partialContainment share of the shorter text's sampled shingles found in the other, from which it is a
 *                           partial copy
 * @param sampleModulus      one shingle in this many (by hash) is kept for the containment index
 * @param minSharedSamples   sampled shingles two texts must share before containment is considered
 * @param maxPosting         a sampled shingle seen in more texts than this is treated as boilerplate and no longer
 *                           used to find candidates
 */
public record DedupSettings(int shingleWords, int permutations, int bands, int rowsPerBand, double nearJaccard,
                            double partialContainment, int sampleModulus, int minSharedSamples, int maxPosting) {
    /** Defaults measured on the development set (see the module README). */
    public static final DedupSettings DEFAULTS = new DedupSettings(3, 128, 32, 4, 0.5, 0.5, 4, 6, 500);

    /** Rejects inconsistent settings: a configuration error, reported at start-up. */
    public DedupSettings {
        if (shingleWords < 1) {
            throw new IllegalArgumentException("shingleWords must be at least 1: " + shingleWords);
        }
        if (bands < 1 || rowsPerBand < 1 || permutations != bands * rowsPerBand) {
            throw new IllegalArgumentException("permutations (" + permutations + ") must equal bands (" + bands
                    + ") * rowsPerBand (" + rowsPerBand + ")");
        }
        if (!(nearJaccard > 0 && nearJaccard <= 1) || !(partialContainment > 0 && partialContainment <= 1)) {
            throw new IllegalArgumentException("nearJaccard and partialContainment must lie in (0, 1]");
        }
        if (sampleModulus < 1 || minSharedSamples < 1 || maxPosting < 1) {
            throw new IllegalArgumentException("sampleModulus, minSharedSamples and maxPosting must be positive");
        }
    }
}
