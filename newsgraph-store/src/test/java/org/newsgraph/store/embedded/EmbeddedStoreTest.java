package org.newsgraph.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.SearchHit;

/** The embedded store on a real data folder: H2 file database and Lucene index on disk. */
class EmbeddedStoreTest {
    @TempDir
    Path data;

    private final Pipeline pipeline = Pipelines.standard();

    private Processed article(String id, String url, String text, LocalDate published) {
        RawDocument raw = new RawDocument(id + ".txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT, null,
                new SourceHints(id, url, null, published, null));
        Article a = ((Outcome.Ok<Article>) pipeline.extract(raw)).value();
        return pipeline.process(a);
    }

    @Test
    void storesAnArticleOnceWhateverItsIdOrFolder() {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            Processed first = article("a", null, "The dam on the Varta river was opened on Friday.", null);
            assertThat(store.add(first)).isEqualTo(ArticleStore.AddResult.ADDED);
            assertThat(store.add(first)).isEqualTo(ArticleStore.AddResult.ALREADY_STORED);
            Processed sameText = article("b", null, "The dam on the Varta river was opened on Friday.", null);
            assertThat(store.add(sameText)).isEqualTo(ArticleStore.AddResult.ALREADY_STORED);
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void theSameTextUnderAnotherUrlIsASyndicatedCopyAndIsKept() {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            store.add(article("a", "https://one.example/dam", "The dam on the Varta river was opened on Friday.", null));
            Processed copy = article("b", "https://two.example/dam", "The dam on the Varta river was opened on Friday.", null);
            assertThat(copy.duplicate().duplicateOf()).isEqualTo("a");
            assertThat(store.add(copy)).isEqualTo(ArticleStore.AddResult.ADDED);
            assertThat(store.add(article("c", "https://one.example/dam", "Other text entirely, same address.", null)))
                    .isEqualTo(ArticleStore.AddResult.ALREADY_STORED);
            assertThat(store.articleCount()).isEqualTo(2);
        }
    }

    @Test
    void everythingSurvivesAReopenIncludingAnnotationsAndDates() {
        LocalDate day = LocalDate.of(2024, 3, 12);
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            store.add(article("a", "https://one.example/x", "Talks resumed in Astana.", day));
            store.index(store.article("a").orElseThrow().article());
            store.commit();
            store.replaceEvents(List.of(new org.newsgraph.model.Event("ev-a", List.of("a"), new TimeValue.UnresolvedWeekday(java.time.DayOfWeek.SATURDAY),
                    "Astana", "CONSULT", List.of("Kazakhstan"), "Talks resume", List.of("One"), 1, "st-a")));
        }
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            Processed back = store.article("a").orElseThrow();
            assertThat(back.article().metadata().publishedDate()).contains(day);
            assertThat(back.article().text()).isEqualTo("Talks resumed in Astana.");
            assertThat(store.event("ev-a").orElseThrow().date()).isEqualTo(new TimeValue.UnresolvedWeekday(java.time.DayOfWeek.SATURDAY));
            assertThat(store.events(0, 10)).hasSize(1);
            assertThat(store.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void aLostSearchIndexIsRebuiltFromTheDatabase() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            store.add(article("a", null, "Floods closed the mountain pass near Dorval.", null));
            store.add(article("b", null, "The central bank of Vesna raised its key rate.", null));
            // articles stored but never indexed: as after a crash between the two commits
        }
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            List<Path> all = new ArrayList<>(files.toList());
            for (Path f : all) {
                Files.delete(f);
            }
        }
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            assertThat(store.documentCount()).isEqualTo(2);
            List<SearchHit> hits = ((Outcome.Ok<List<SearchHit>>) store.search("flood pass", 10)).value();
            assertThat(hits).extracting(SearchHit::articleId).containsExactly("a");
        }
    }

    @Test
    void aMalformedQueryIsAProblemNotAnException() {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            assertThat(store.search("", 10)).isInstanceOf(Outcome.Failed.class);
            assertThat(store.search("\"unbalanced AND (", 10)).isInstanceOf(Outcome.Ok.class);
        }
    }
}
