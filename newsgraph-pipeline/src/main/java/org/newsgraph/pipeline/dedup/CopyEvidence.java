package org.newsgraph.pipeline.dedup;

/**
 * How much of one text another repeats, from an alignment of their sentences ({@link SentenceAlignment}).
 * Sentences count with their weight (a narrative sentence 1, a quotation or reported speech less, a boilerplate
 * line 0); coverages are weighted words of matched sentences over the weighted words of the shorter text.
 *
 * @param sharedSentences  weighted sentences matched one to one, in any order
 * @param coverage         coverage of those matches, 0..1
 * @param orderedSentences weighted sentences matched in the same order in both texts (a longest common
 *                         subsequence of sentences)
 * @param orderedCoverage  coverage of the ordered matches, 0..1, at most {@code coverage}
 * @param containment      share of the shorter text's narrative trigrams (boilerplate lines left out) that the
 *                         other text holds anywhere, 0..1
 */
record CopyEvidence(double sharedSentences, double coverage, double orderedSentences, double orderedCoverage,
                    double containment) {
    static final CopyEvidence NONE = new CopyEvidence(0, 0, 0, 0, 0);

    /**
     * One figure to rank the originals a text may copy: the mean of ordered coverage and containment (the longest
     * common run of sentences, and how many of the exact word sequences, the copy took from each).
     */
    double similarity() {
        return (orderedCoverage + containment) / 2;
    }
}
