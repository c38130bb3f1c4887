/** Metric definitions: clustering (B³, pairwise), extraction, dedup, entities, quotes, event fields. */
package org.newsgraph.eval.score;
