package org.newsgraph.store.server;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.newsgraph.store.server.local.LocalPostgres;

/** The store contracts on a real PostgreSQL server (started from the PostgreSQL binaries jar), a fresh database per test. */
class PostgresStoreContractIT extends StoreContract {
    private static LocalPostgres server;
    private static final AtomicInteger databases = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = LocalPostgres.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected Stores openEmpty() {
        PostgresStore store = PostgresStore.open(server.createDatabase("contract_" + databases.incrementAndGet()));
        return new ForwardingStores(store, () -> { });
    }
}
