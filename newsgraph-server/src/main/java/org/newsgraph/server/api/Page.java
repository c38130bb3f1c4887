package org.newsgraph.server.api;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items  the items on this page
 * @param offset items skipped
 * @param limit  page size requested
 * @param total  items in the whole listing
 */
public record Page<T>(List<T> items, int offset, int limit, int total) {
    public Page {
        items = List.copyOf(items);
    }

    /** Offset of the next page, or {@code null} on the last page. */
    public Integer next() {
        return offset + items.size() < total && !items.isEmpty() ? offset + items.size() : null;
    }
}
