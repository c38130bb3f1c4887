package org.newsgraph.store.server;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.server.local.LocalOpenSearch;

/**
 * The search index contract on a real single-node OpenSearch (the integ-test distribution from Maven Central, unpacked
 * by the build into target/opensearch), a fresh index per test, with the standard analyzer (that distribution has no
 * English analysis).
 */
class OpenSearchIndexContractIT extends SearchIndexContract {
    private static LocalOpenSearch server;
    private static final AtomicInteger indexes = new AtomicInteger();

    @BeforeAll
    static void start() {
        String home = System.getProperty("newsgraph.opensearch.home");
        if (home == null) {
            throw new IllegalStateException("newsgraph.opensearch.home is not set: run this test through Maven (failsafe)");
        }
        server = LocalOpenSearch.start(Path.of(home));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected SearchIndex emptyIndex() {
        // the integ-test distribution lacks the analysis-common module (and its english analyzer)
        return OpenSearchIndex.open(server.uri(), "contract-" + indexes.incrementAndGet(), "standard");
    }

    @Override
    protected boolean stems() {
        return false;
    }
}
