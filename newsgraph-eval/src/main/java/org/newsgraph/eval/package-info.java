/**
 * {@code newsgraph eval}: runs the whole pipeline over a gold-set folder in a fresh temporary store and scores
 * it ({@link org.newsgraph.eval.Evaluator}); metric definitions live in {@code score}, the gold schema in
 * {@code gold}. Also the throughput benchmark ({@link org.newsgraph.eval.Bench}).
 */
package org.newsgraph.eval;
