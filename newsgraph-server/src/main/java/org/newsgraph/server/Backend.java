package org.newsgraph.server;

import java.util.Objects;
import org.newsgraph.server.catalog.LiveCatalog;
import org.newsgraph.store.embedded.EmbeddedStore;

/**
 * What the API and the pages answer from: the store (full articles, full-text search), its live catalog, and the
 * ingest entry point. Thread-safe (each part is).
 */
public record Backend(EmbeddedStore store, LiveCatalog catalog, ArticleIngest ingest, ServerSettings settings) {
    public Backend {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(settings, "settings");
    }
}
