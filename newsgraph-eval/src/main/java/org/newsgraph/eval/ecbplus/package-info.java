/**
 * ECB+ as a generalisation check for event clustering: documents are rebuilt from the CoNLL tokens, clustered by
 * the pipeline, and scored against their sub-topic (one seminal event each) and topic (same kind of event).
 */
package org.newsgraph.eval.ecbplus;
