/**
 * The read model the API and the web UI answer from: {@link org.newsgraph.server.catalog.Catalog}, an immutable
 * in-memory view of the store (events, article summaries, entities with aliases and roles, quotes by speaker,
 * storylines, co-occurrences) built once from the store and rebuilt after each ingest, plus the small records
 * it hands out.
 */
package org.newsgraph.server.catalog;
