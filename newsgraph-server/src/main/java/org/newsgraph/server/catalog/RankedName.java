package org.newsgraph.server.catalog;

/**
 * A name with how many events it appears in.
 *
 * @param entityId the entity it resolves to, or {@code null} when no stored entity carries that name
 * @param name     display name
 * @param events   number of events
 */
public record RankedName(String entityId, String name, int events) {
}
