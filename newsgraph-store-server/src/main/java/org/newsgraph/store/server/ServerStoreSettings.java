package org.newsgraph.store.server;

import java.util.Objects;

/**
 * Where the server store lives, bound once from the store settings file ({@link StoreSettingsParser}).
 *
 * @param jdbcUrl  the PostgreSQL database, e.g. {@code jdbc:postgresql://db.example:5432/newsgraph}
 * @param user     the database role
 * @param password its password (empty for trust or peer authentication)
 * @param poolSize most connections held open at once
 * @param opensearchUrl      the OpenSearch cluster holding the search index, e.g. {@code http://search.example:9200};
 *                           null for none
 * @param opensearchIndex    its index of articles
 * @param opensearchAnalyzer the analyzer of title and text ({@code english} on a full distribution)
 */
public record ServerStoreSettings(String jdbcUrl, String user, String password, int poolSize, java.net.URI opensearchUrl,
                                  String opensearchIndex, String opensearchAnalyzer) {
    public static final int DEFAULT_POOL_SIZE = 8;
    public static final String DEFAULT_INDEX = "newsgraph-articles";
    public static final String DEFAULT_ANALYZER = "english";

    /** Without a search index. */
    public ServerStoreSettings(String jdbcUrl, String user, String password, int poolSize) {
        this(jdbcUrl, user, password, poolSize, null, DEFAULT_INDEX, DEFAULT_ANALYZER);
    }

    /** The same database, with a search index in OpenSearch at {@code url}. */
    public ServerStoreSettings withOpenSearch(java.net.URI url, String index, String analyzer) {
        return new ServerStoreSettings(jdbcUrl, user, password, poolSize, url, index, analyzer);
    }

    public ServerStoreSettings {
        Objects.requireNonNull(opensearchIndex, "opensearchIndex");
        Objects.requireNonNull(opensearchAnalyzer, "opensearchAnalyzer");
        if (opensearchUrl != null && !"http".equals(opensearchUrl.getScheme()) && !"https".equals(opensearchUrl.getScheme())) {
            throw new IllegalArgumentException("opensearch_url must be an http or https URL, got '" + opensearchUrl + "'");
        }
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
        return "ServerStoreSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", poolSize=" + poolSize
                + (opensearchUrl == null ? "" : ", opensearch=" + opensearchUrl + "/" + opensearchIndex) + "]";
    }
}
