package org.newsgraph.server.catalog;

/**
 * Another entity mentioned in the same articles as a given one.
 *
 * @param entityId the other entity
 * @param name     its canonical name
 * @param articles number of articles mentioning both
 */
public record Cooccurrence(String entityId, String name, int articles) {
}
