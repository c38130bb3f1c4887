package org.newsgraph.store.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;

class StoreSettingsParserTest {
    private static Outcome<ServerStoreSettings> parse(String text) {
        return StoreSettingsParser.parse(text, "store.toml", Map.of("PGPASS", "s3cret")::get);
    }

    private static String failure(String text) {
        return ((Outcome.Failed<ServerStoreSettings>) parse(text)).problem().message();
    }

    @Test
    void readsEveryKey() {
        ServerStoreSettings s = ((Outcome.Ok<ServerStoreSettings>) parse("""
                # the cluster's database
                postgresql_url = "jdbc:postgresql://db.example:5432/news"
                user = "newsgraph"   # role
                password_env = "PGPASS"
                pool_size = 16
                """)).value();
        assertThat(s).isEqualTo(new ServerStoreSettings("jdbc:postgresql://db.example:5432/news", "newsgraph", "s3cret", 16));
        assertThat(s.toString()).doesNotContain("s3cret");
        assertThat(s.opensearchUrl()).isNull();
    }

    @Test
    void readsTheSearchIndex() {
        ServerStoreSettings s = ((Outcome.Ok<ServerStoreSettings>) parse("""
                postgresql_url = "jdbc:postgresql://db.example:5432/news"
                user = "newsgraph"
                opensearch_url = "http://search.example:9200"
                opensearch_index = "articles-v1"
                """)).value();
        assertThat(s.opensearchUrl()).hasToString("http://search.example:9200");
        assertThat(s.opensearchIndex()).isEqualTo("articles-v1");
        assertThat(s.opensearchAnalyzer()).isEqualTo("english");
        assertThat(failure("postgresql_url = \"jdbc:postgresql://h/n\"\nuser = \"u\"\nopensearch_url = \"ftp://x\""))
                .contains("opensearch_url must be an http or https URL");
    }

    @Test
    void defaultsThePasswordAndPool() {
        ServerStoreSettings s = ((Outcome.Ok<ServerStoreSettings>) parse("postgresql_url = \"jdbc:postgresql://h/n\"\nuser = \"u\"")).value();
        assertThat(s.password()).isEmpty();
        assertThat(s.poolSize()).isEqualTo(ServerStoreSettings.DEFAULT_POOL_SIZE);
    }

    @Test
    void rejectsUnknownRepeatedMissingAndMalformed() {
        assertThat(failure("postgresql_url = \"jdbc:postgresql://h/n\"\nuser = \"u\"\nhost = \"x\""))
                .isEqualTo("store.toml line 3: unknown key 'host' (known: opensearch_analyzer, opensearch_index, opensearch_url, password, password_env, pool_size, postgresql_url, user)");
        assertThat(failure("user = \"u\"\nuser = \"v\"")).isEqualTo("store.toml line 2: 'user' is set twice");
        assertThat(failure("user = \"u\"")).isEqualTo("store.toml: 'postgresql_url' is missing");
        assertThat(failure("user = u")).startsWith("store.toml line 1: cannot read the value of 'user'");
        assertThat(failure("postgresql_url = \"mysql://h/n\"\nuser = \"u\"")).contains("must start with jdbc:postgresql:");
        assertThat(failure("postgresql_url = \"jdbc:postgresql://h/n\"\nuser = \"u\"\npassword_env = \"NOPE\""))
                .contains("NOPE (password_env) is not set");
        assertThat(failure("postgresql_url = \"jdbc:postgresql://h/n\"\nuser = \"u\"\npool_size = 0")).contains("pool_size must be at least 1");
    }
}
