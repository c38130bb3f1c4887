package org.newsgraph.store.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.store.embedded.EmbeddedStore;

/** The store contracts on the embedded store (H2 + Lucene in a data folder). */
class EmbeddedStoreContractTest extends StoreContract {
    @Override
    protected Stores openEmpty() throws Exception {
        Path folder = Files.createTempDirectory("newsgraph-contract-");
        return new ForwardingStores(EmbeddedStore.open(folder), () -> { });
    }
}
