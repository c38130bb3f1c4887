/**
 * One evaluation over every gold set ({@code newsgraph eval --all}): the gold-schema sets (seeds, devset,
 * devset-mideast, the project's examples) through the whole pipeline, and the cross-document event sets (ECB+
 * test, NewsWCL50, MEANTIME) through extraction, language layer and clustering, each next to the single-signal
 * baselines of the same run, with the worst set per metric. Roles (train, dev, test) follow
 * {@code shared/data/SETS.md}.
 */
package org.newsgraph.eval.suite;
