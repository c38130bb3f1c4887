/**
 * Exact and near-duplicate detection: which article copies which, so that events count independent sources
 * separately from syndicated copies. {@link org.newsgraph.pipeline.dedup.MinHashDeduplicator} compares
 * normalized-text fingerprints for exact copies, finds candidates through MinHash/LSH on word shingles and a
 * sampled-shingle index (lookups that touch only LSH buckets and posting lists, never every earlier article), and
 * decides by aligning the candidates' sentences with the article's ({@link org.newsgraph.pipeline.dedup.CopyRule}):
 * a copy repeats several sentences covering much of the shorter text, quotations and reported speech weighing
 * less, and points to the article it copies most.
 */
package org.newsgraph.pipeline.dedup;
