package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.catalog.LiveCatalog;
import org.newsgraph.store.embedded.EmbeddedStore;

class LiveCatalogTest {
    @TempDir
    Path dir;

    @Test
    void refreshAfterEachIngestEqualsAFullRebuild() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            LiveCatalog live = new LiveCatalog(store, store);
            assertThat(live.get().events()).isEmpty();
            NewsFixture.addArticles(store, 0, 2);
            assertThat(live.refresh().articles()).extracting(a -> a.id()).containsExactly("a1", "a2");
            NewsFixture.addArticles(store, 2, 5);
            NewsFixture.replaceEvents(store);
            Catalog incremental = live.refresh();
            Catalog full = Catalog.build(store, store);
            assertThat(incremental.articles()).containsExactlyElementsOf(full.articles());
            assertThat(incremental.articles()).allSatisfy(a -> assertThat(a.eventId()).isNotNull());
            assertThat(incremental.entities()).containsExactlyElementsOf(full.entities());
            assertThat(incremental.quotes()).containsExactlyElementsOf(full.quotes());
            assertThat(incremental.quotes()).allSatisfy(q -> assertThat(q.eventId()).isNotNull());
            assertThat(incremental.events()).containsExactlyElementsOf(full.events());
            assertThat(incremental.stories()).containsExactlyElementsOf(full.stories());
            assertThat(incremental.entity(NewsFixture.BERG).orElseThrow().aliases()).contains("Ana Berg", "Berg");
            assertThat(live.refresh().entities()).containsExactlyElementsOf(full.entities());
        }
    }
}
