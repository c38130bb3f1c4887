package org.newsgraph.server;

import java.util.List;
import java.util.Objects;
import org.newsgraph.pipeline.ingest.Source;
import org.newsgraph.server.catalog.LiveCatalog;
import org.newsgraph.store.IngestReport;
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

    /**
     * Ingests the sources and brings the catalog up to date, one caller at a time (the API's POSTs and a served
     * {@code watch} share it), so the pages show what was stored as soon as this returns.
     */
    public IngestReport ingestAndRefresh(List<Source> sources) {
        synchronized (this) {
            IngestReport report = ingest.ingest(sources);
            catalog.refresh();
            return report;
        }
    }
}
