package org.newsgraph.pipeline.dedup;

/**
 * When an aligned pair of texts is a copy ({@link CopyEvidence}), bound once at start-up with
 * {@link DedupSettings}. A copy repeats several sentences of its source in order and most of the shorter text;
 * a shared wire lead (one or two sentences) is not enough, unless the shorter text is little more than that lead
 * (a brief cut from a longer story).
 *
 * @param minSharedSentences weighted sentences two texts must share in order to be copies
 * @param minCoverage        share of the shorter text's weighted words the shared sentences must cover
 * @param briefSentences     weighted sentences that suffice when they cover almost the whole shorter text
 * @param briefCoverage      the coverage from which {@code briefSentences} suffice
 * @param quoteWeight        weight of a sentence that is mostly quotation (a narrative sentence weighs 1)
 * @param trigramMatch       share of the shorter sentence's word trigrams the other must hold to match
 * @param wordMatch          share of the shorter sentence's words the other must hold to match when reworded
 * @param minWordsShared     words two sentences must share to match when reworded
 */
public record CopyRule(double minSharedSentences, double minCoverage, double briefSentences, double briefCoverage,
                       double quoteWeight, double trigramMatch, double wordMatch, int minWordsShared) {
    /** Defaults measured on the development set (see the module README). */
    public static final CopyRule DEFAULTS = new CopyRule(3, 0.34, 2, 0.8, 0.25, 0.5, 0.7, 6);

    /** Rejects impossible values: a configuration error, reported at start-up. */
    public CopyRule {
        if (!(minSharedSentences > 0) || !(briefSentences > 0) || minWordsShared < 1) {
            throw new IllegalArgumentException("minSharedSentences, briefSentences and minWordsShared must be positive");
        }
        for (double share : new double[] {minCoverage, briefCoverage, quoteWeight, trigramMatch, wordMatch}) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("coverages, quoteWeight and match shares must lie in (0, 1]: " + share);
            }
        }
    }

    /** Whether the evidence shows a copy. */
    boolean isCopy(CopyEvidence e) {
        return (e.sharedSentences() >= minSharedSentences && e.coverage() >= minCoverage)
                || (e.sharedSentences() >= briefSentences && e.coverage() >= briefCoverage);
    }

    SentenceAlignment alignment() {
        return new SentenceAlignment(trigramMatch, wordMatch, minWordsShared);
    }
}
