package org.newsgraph.store;

import java.util.List;
import java.util.Optional;

/** Saved searches (alerts), by name. Thread-safe. */
public interface SavedSearchStore {
    /** Adds or replaces the search of that name. */
    void saveSearch(SavedSearch search);

    /** Removes it; whether there was one. */
    boolean removeSearch(String name);

    Optional<SavedSearch> savedSearch(String name);

    /** All, by name. */
    List<SavedSearch> savedSearches();
}
