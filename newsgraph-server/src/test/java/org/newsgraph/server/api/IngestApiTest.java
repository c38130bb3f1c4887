package org.newsgraph.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.ingest.SourceItem;
import org.newsgraph.server.http.QueryParams;
import org.newsgraph.server.http.Request;

class IngestApiTest {
    @Test
    void bodiesMayHoldOneArticleAnArrayOrAnArticlesField() {
        assertThat(IngestApi.jsonItems("{\"text\": \"a\"}").orElseThrow()).hasSize(1);
        assertThat(IngestApi.jsonItems("[{\"text\": \"a\"}, {\"html\": \"<p>b</p>\"}]").orElseThrow()).hasSize(2);
        List<SourceItem> items = IngestApi.jsonItems("{\"articles\": [{\"text\": \"a\"}, {\"title\": \"no body\"}]}").orElseThrow();
        assertThat(items.get(0)).isInstanceOf(SourceItem.Document.class);
        assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Skipped.class, s -> {
            assertThat(s.problem().code()).isEqualTo("no-body");
            assertThat(s.problem().location()).isEqualTo("api:articles[1]");
        });
        assertThat(IngestApi.jsonItems("42")).isEmpty();
        assertThat(IngestApi.jsonItems("{oops")).isEmpty();
    }

    @Test
    void bearerTokenMustMatchExactly() {
        assertThat(IngestApi.authorized(request("Bearer abc"), "abc")).isTrue();
        assertThat(IngestApi.authorized(request("bearer abc"), "abc")).isTrue();
        assertThat(IngestApi.authorized(request("Bearer abcd"), "abc")).isFalse();
        assertThat(IngestApi.authorized(request("Basic abc"), "abc")).isFalse();
        assertThat(IngestApi.authorized(request(null), "abc")).isFalse();
        assertThat(IngestApi.authorized(request(null), null)).isTrue();
    }

    private static Request request(String authorization) {
        return new Request("POST", "/api/ingest", QueryParams.EMPTY,
                authorization == null ? java.util.Map.of() : java.util.Map.of("authorization", List.of(authorization)), new byte[0], null);
    }

    @Property
    void anyBodyGivesItemsOrNothingNeverAnException(@ForAll String body) {
        assertThat(IngestApi.jsonItems(body)).isNotNull();
    }
}
