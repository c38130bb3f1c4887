package org.newsgraph.store;

import java.util.Objects;

/**
 * A saved search (an alert): its events are published as an Atom feed at {@code /feeds/NAME.atom}.
 *
 * @param name  letters, digits, {@code -} and {@code _}, 1 to 100 characters
 * @param query the event filters as a URL query string, exactly as {@code /api/events} takes them
 *              (e.g. {@code q=ceasefire&type=CONSULT&minSources=2})
 */
public record SavedSearch(String name, String query) {
    public static final String NAME_PATTERN = "[A-Za-z0-9_-]{1,100}";

    public SavedSearch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        if (!name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("an alert name is 1 to 100 letters, digits, - or _, got '" + name + "'");
        }
        if (query.length() > 4000) {
            throw new IllegalArgumentException("an alert's query is longer than 4000 characters");
        }
    }
}
