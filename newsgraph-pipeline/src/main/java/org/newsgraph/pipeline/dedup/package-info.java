/**
 * Exact and near-duplicate detection: which article copies which, so that events count independent sources
 * separately from syndicated copies.
 */
package org.newsgraph.pipeline.dedup;
