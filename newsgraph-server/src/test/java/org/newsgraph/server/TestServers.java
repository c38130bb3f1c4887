package org.newsgraph.server;

import java.io.IOException;
import java.nio.file.Path;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.server.catalog.LiveCatalog;
import org.newsgraph.pipeline.cluster.EventAssembler;
import org.newsgraph.store.ExtractiveHeadlines;
import org.newsgraph.store.FirstArticleIds;
import org.newsgraph.store.Ingestor;
import org.newsgraph.store.embedded.EmbeddedStore;

/** A started server on a free loopback port over a store, closed together. */
record TestServers(EmbeddedStore store, NewsgraphServer server, Backend backend) implements AutoCloseable {
    static TestServers start(EmbeddedStore store, ServerSettings settings) throws IOException {
        Ingestor ingestor = new Ingestor(store, Pipelines.standard(),
                FirstArticleIds.around(ExtractiveHeadlines.around(new EventAssembler()::assemble)), 50);
        Backend backend = new Backend(store, new LiveCatalog(store, store), sources -> ingestor.ingest(sources, (s, a, l) -> { }), settings);
        return new TestServers(store, NewsgraphServer.start(backend), backend);
    }

    static TestServers withFixture(Path folder) throws IOException {
        return start(NewsFixture.create(folder), ServerSettings.defaults(0));
    }

    String url(String path) {
        return server.uri().resolve(path).toString();
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
