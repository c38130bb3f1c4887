/**
 * The data that flows through Newsgraph: immutable records only, no behaviour beyond validation.
 *
 * <p>Two coordinate systems exist. Spans produced by extraction (removed boilerplate, metadata evidence) point
 * into {@link org.newsgraph.model.Article#original()}; spans produced by the language layer and later stages
 * (sentences, mentions, quotes, time expressions, event evidence) point into {@link org.newsgraph.model.Article#text()}.
 */
package org.newsgraph.model;
