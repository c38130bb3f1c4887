package org.newsgraph.pipeline.dedup;

/**
 * Settings of {@link MinHashDeduplicator}, bound once at start-up.
 *
 * @param shingleWords       words per shingle
 * @param permutations       MinHash signature length; must be {@code bands * rowsPerBand}
 * @param bands              LSH bands
 * @param rowsPerBand        signature values hashed together into one LSH bucket key
 * @param nearJaccard        estimated Jaccard similarity from which a text is a near copy
 * @param candidateContainment share of the shorter text's sampled shingles found in the other, from which the
 *                           two texts are aligned sentence by sentence ({@link CopyRule})
 * @param sampleModulus      one shingle in this many (by hash) is kept per article to estimate containment
 * @param anchorModulus      one shingle in this many (a subset of the samples; a multiple of
 *                           {@code sampleModulus}) is indexed to find partial-copy candidates
 * @param minSharedAnchors   indexed shingles two texts must share before containment is computed
 * @param minSharedSamples   sampled shingles two texts must share before their sentences are aligned
 * @param boilerplateCount   a shingle or a whole sentence already seen in this many articles is boilerplate and
 *                           does not count towards containment or alignment
 * @param maxPosting         an indexed shingle or LSH bucket holding more texts than this is treated as
 *                           boilerplate and no longer used to find candidates
 * @param copy               when an aligned pair is a copy
 */
public record DedupSettings(int shingleWords, int permutations, int bands, int rowsPerBand, double nearJaccard,
                            double candidateContainment, int sampleModulus, int anchorModulus,
                            int minSharedAnchors, int minSharedSamples, int boilerplateCount,
                            int maxPosting, CopyRule copy) {
    /** Defaults measured on the development set (see the module README). */
    public static final DedupSettings DEFAULTS = new DedupSettings(3, 128, 32, 4, 0.5, 0.2, 2, 8, 2, 10, 8, 100,
            CopyRule.DEFAULTS);

    /** Rejects inconsistent settings: a configuration error, reported at start-up. */
    public DedupSettings {
        if (shingleWords < 1) {
            throw new IllegalArgumentException("shingleWords must be at least 1: " + shingleWords);
        }
        if (bands < 1 || rowsPerBand < 1 || permutations != bands * rowsPerBand) {
            throw new IllegalArgumentException("permutations (" + permutations + ") must equal bands (" + bands
                    + ") * rowsPerBand (" + rowsPerBand + ")");
        }
        if (!(nearJaccard > 0 && nearJaccard <= 1) || !(candidateContainment > 0 && candidateContainment <= 1)) {
            throw new IllegalArgumentException("nearJaccard and candidateContainment must lie in (0, 1]");
        }
        if (sampleModulus < 1 || minSharedAnchors < 1 || minSharedSamples < 1 || boilerplateCount < 1 || maxPosting < 1) {
            throw new IllegalArgumentException("sampleModulus, minSharedAnchors, minSharedSamples, boilerplateCount and maxPosting must be positive");
        }
        java.util.Objects.requireNonNull(copy, "copy");
        if (anchorModulus < sampleModulus || anchorModulus % sampleModulus != 0) {
            throw new IllegalArgumentException("anchorModulus (" + anchorModulus + ") must be a multiple of sampleModulus ("
                    + sampleModulus + ")");
        }
    }
}
