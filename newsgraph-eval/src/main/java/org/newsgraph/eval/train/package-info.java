/**
 * Learning the event clusterer's pair model ({@code newsgraph train-clusterer}): labelled pairs from the training
 * and development sets, a logistic regression per held-out set, thresholds chosen by leave-one-set-out B³, and the
 * final model written as the resource the pipeline ships.
 */
package org.newsgraph.eval.train;
