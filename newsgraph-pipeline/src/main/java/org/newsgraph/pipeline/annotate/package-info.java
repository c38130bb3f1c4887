/**
 * The language layer: sentences, entity mentions with canonical entities and aliases, quotes with speakers,
 * and time expressions anchored to the publication date. All spans point into
 * {@link org.newsgraph.model.Article#text()}.
 */
package org.newsgraph.pipeline.annotate;
