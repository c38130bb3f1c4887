package org.newsgraph.store.server;

import java.util.Objects;

/**
 * Where the server store lives, bound once from the store settings file ({@link StoreSettingsParser}).
 *
 * @param jdbcUrl  the PostgreSQL database, e.g. {@code jdbc:postgresql://db.example:5432/newsgraph}
 * @param user     the database role
 * @param password its password (empty for trust or peer authentication)
 * @param poolSize most connections held open at once
 */
public record ServerStoreSettings(String jdbcUrl, String user, String password, int poolSize) {
    public static final int DEFAULT_POOL_SIZE = 8;

    public ServerStoreSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("postgresql_url must start with jdbc:postgresql:, got '" + jdbcUrl + "'");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool_size must be at least 1");
        }
    }

    @Override
    public String toString() {
        // never print the password
        return "ServerStoreSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
