/**
 * Where processed articles and events live: the contracts ({@link org.newsgraph.store.ArticleStore},
 * {@link org.newsgraph.store.EventStore}, {@link org.newsgraph.store.SearchIndex}) and
 * {@link org.newsgraph.store.Ingestor}, which runs sources through the pipeline into a store. Implementations
 * live in sub-packages ({@code embedded}: H2 + Lucene in one data folder).
 */
package org.newsgraph.store;
