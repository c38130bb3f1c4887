/**
 * Quotations (direct, partial, broken marks, reported speech) and their speakers, resolved to canonical
 * entities through the mentions found by the entity layer.
 */
package org.newsgraph.pipeline.annotate.quotes;
