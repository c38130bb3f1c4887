package org.newsgraph.server.catalog;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.EventStore;

/**
 * The current {@link Catalog} of a store, swapped atomically when {@link #refresh()} rebuilds it after an ingest.
 * Readers always see one complete catalog. Thread-safe.
 */
public final class LiveCatalog {
    private final ArticleStore articles;
    private final EventStore events;
    private final AtomicReference<Catalog> current;

    public LiveCatalog(ArticleStore articles, EventStore events) {
        this.articles = Objects.requireNonNull(articles);
        this.events = Objects.requireNonNull(events);
        this.current = new AtomicReference<>(Catalog.build(articles, events));
    }

    public Catalog get() {
        return current.get();
    }

    /** Rebuilds the catalog from the store and publishes it. */
    public synchronized Catalog refresh() {
        Catalog c = Catalog.build(articles, events);
        current.set(c);
        return c;
    }
}
