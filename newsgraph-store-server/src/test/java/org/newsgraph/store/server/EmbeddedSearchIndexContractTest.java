package org.newsgraph.store.server;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.embedded.EmbeddedStore;

/** The search index contract on the embedded store's Lucene index. */
class EmbeddedSearchIndexContractTest extends SearchIndexContract {
    private final List<EmbeddedStore> opened = new ArrayList<>();

    @Override
    protected SearchIndex emptyIndex() throws Exception {
        EmbeddedStore store = EmbeddedStore.open(Files.createTempDirectory("newsgraph-search-"));
        opened.add(store);
        return store;
    }

    @AfterEach
    void close() {
        opened.forEach(EmbeddedStore::close);
    }
}
