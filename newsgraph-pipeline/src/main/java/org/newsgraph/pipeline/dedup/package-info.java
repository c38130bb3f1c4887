/**
 * Exact and near-duplicate detection: which article copies which, so that events count independent sources
 * separately from syndicated copies. {@link org.newsgraph.pipeline.dedup.MinHashDeduplicator} compares
 * normalized-text fingerprints for exact copies, MinHash/LSH on word shingles for near copies
 * and a sampled-shingle index for partial copies (a wire story reused under a new intro), with lookups that touch
 * only LSH buckets and posting lists, never every earlier article.
 */
package org.newsgraph.pipeline.dedup;
