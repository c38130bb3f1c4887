package org.newsgraph.server.api;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items  the items on this page
 * @param offset items skipped
 * @param limit  page size requested
 * @param total  items in the whole listing
 * @param next   offset of the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, int offset, int limit, int total, Integer next) {
    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, int offset, int limit, int total) {
        this(items, offset, limit, total, offset + items.size() < total && !items.isEmpty() ? offset + items.size() : null);
    }
}
