package org.newsgraph.store.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.EventStore;

/**
 * The {@link ArticleStore} and {@link EventStore} contracts, run against every implementation: each subclass opens
 * a fresh, empty store of its kind. Invented text only.
 */
abstract class StoreContract {
    /** A store under test: both contracts, closed after each test. */
    interface Stores extends ArticleStore, EventStore, AutoCloseable {
        @Override
        void close();
    }

    private static Pipeline pipeline;

    private Stores store;

    /** A new, empty store. */
    protected abstract Stores openEmpty() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmpty();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipelines.standard();
        }
        return pipeline;
    }

    static synchronized Processed article(String id, String url, String text, LocalDate published) {
        RawDocument raw = new RawDocument(id + ".txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT, null,
                new SourceHints(id, url, null, published, null));
        Article a = ((Outcome.Ok<Article>) pipeline().extract(raw)).value();
        return pipeline().process(a);
    }

    private static Event event(String id, List<String> articles, TimeValue date, String story) {
        return new Event(id, articles, date, "Lakeport", "CONSULT", List.of("Council"), "Talks on " + id, List.of("Gazette"),
                articles.size(), story);
    }

    @Test
    void anArticleIsStoredOnceWhateverItsIdWhenItHasNoUrl() {
        Processed first = article("a", null, "The ferry across the Lanth estuary resumed service on Monday.", null);
        assertThat(store.add(first)).isEqualTo(ArticleStore.AddResult.ADDED);
        assertThat(store.add(first)).isEqualTo(ArticleStore.AddResult.ALREADY_STORED);
        Processed sameText = article("b", null, "The ferry across the Lanth estuary resumed service on Monday.", null);
        assertThat(store.add(sameText)).isEqualTo(ArticleStore.AddResult.ALREADY_STORED);
        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.contains(null, first.article().fingerprint())).isTrue();
    }

    @Test
    void theSameTextUnderAnotherUrlIsKeptAndTheSameUrlIsNot() {
        store.add(article("a", "https://one.example/ferry", "The ferry across the Lanth estuary resumed service on Monday.", null));
        Processed copy = article("b", "https://two.example/ferry", "The ferry across the Lanth estuary resumed service on Monday.", null);
        assertThat(store.add(copy)).isEqualTo(ArticleStore.AddResult.ADDED);
        assertThat(store.add(article("c", "https://one.example/ferry", "A different story under the same address.", null)))
                .isEqualTo(ArticleStore.AddResult.ALREADY_STORED);
        assertThat(store.contains("https://one.example/ferry", "0".repeat(64))).isTrue();
        assertThat(store.contains("https://three.example/ferry", "0".repeat(64))).isFalse();
        assertThat(store.articleCount()).isEqualTo(2);
    }

    @Test
    void aSecondArticleUnderATakenIdIsNotStored() {
        store.add(article("same", "https://one.example/a", "Harbour cranes were idle for a second day.", null));
        assertThat(store.add(article("same", "https://one.example/b", "Farmers in the valley sold their grain early.", null)))
                .isEqualTo(ArticleStore.AddResult.ALREADY_STORED);
        assertThat(store.articleCount()).isEqualTo(1);
    }

    @Test
    void articlesComeBackWholeAndInIngestOrder() {
        LocalDate day = LocalDate.of(2024, 5, 17);
        List<String> ids = List.of("k3", "k1", "k2");
        for (String id : ids) {
            store.add(article(id, "https://news.example/" + id, "Story " + id + ": the mayor of Brindle opened the new bridge.", day));
        }
        Processed back = store.article("k1").orElseThrow();
        assertThat(back.article().text()).isEqualTo("Story k1: the mayor of Brindle opened the new bridge.");
        assertThat(back.article().metadata().publishedDate()).contains(day);
        assertThat(back.annotated().sentences()).isNotEmpty();
        assertThat(back.annotated().mentions()).isNotEmpty();
        assertThat(store.article("missing")).isEmpty();
        assertThat(store.articles(0, 10)).extracting(ArticleSummary::id).containsExactlyElementsOf(ids);
        assertThat(store.articles(1, 1)).extracting(ArticleSummary::id).containsExactly("k1");
        assertThat(store.articles(0, 10).getFirst().published()).isEqualTo(day);
        List<String> seen = new ArrayList<>();
        store.forEach(p -> seen.add(p.article().id()));
        assertThat(seen).containsExactlyElementsOf(ids);
    }

    @Test
    void problemsAreListedNewestFirst() {
        store.recordProblem(new Problem("empty", "the file is empty", "a.txt"));
        store.recordProblem(new Problem("binary", "the file is not text", "b.bin"));
        assertThat(store.problems(10)).extracting(Problem::location).containsExactly("b.bin", "a.txt");
        assertThat(store.problems(1)).hasSize(1);
    }

    @Test
    void concurrentWritersOfTheSameArticleStoreItOnce() throws Exception {
        Processed a = article("r", null, "Rain closed the mountain pass above Corrin for the third time this week.", null);
        Processed b = article("r2", null, "Rain closed the mountain pass above Corrin for the third time this week.", null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ArticleStore.AddResult>> adds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Processed p = i % 2 == 0 ? a : b;
                adds.add(() -> store.add(p));
            }
            int added = 0;
            for (Future<ArticleStore.AddResult> f : pool.invokeAll(adds)) {
                if (f.get() == ArticleStore.AddResult.ADDED) {
                    added++;
                }
            }
            assertThat(added).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.articleCount()).isEqualTo(1);
    }

    @Test
    void eventsAreListedNewestDayFirstThenLargerThenById() {
        store.replaceEvents(List.of(
                event("ev-old", List.of("a1"), new TimeValue.Day(LocalDate.of(2023, 1, 2)), null),
                event("ev-undated", List.of("a2"), new TimeValue.UnresolvedWeekday(DayOfWeek.MONDAY), null),
                event("ev-new-b", List.of("a3"), new TimeValue.Day(LocalDate.of(2024, 6, 1)), null),
                event("ev-new-a", List.of("a4"), new TimeValue.Month(java.time.YearMonth.of(2024, 6)), null),
                event("ev-new-big", List.of("a5", "a6"), new TimeValue.Day(LocalDate.of(2024, 6, 1)), null),
                event("ev-Upper", List.of("a7"), new TimeValue.Day(LocalDate.of(2023, 1, 2)), null)));
        assertThat(store.events(0, 10)).extracting(Event::id)
                .containsExactly("ev-new-big", "ev-new-a", "ev-new-b", "ev-Upper", "ev-old", "ev-undated");
        assertThat(store.events(2, 2)).extracting(Event::id).containsExactly("ev-new-b", "ev-Upper");
        assertThat(store.eventCount()).isEqualTo(6);
        Event back = store.event("ev-new-big").orElseThrow();
        assertThat(back.articleIds()).containsExactly("a5", "a6");
        assertThat(back.date()).isEqualTo(new TimeValue.Day(LocalDate.of(2024, 6, 1)));
        assertThat(back.headline()).isEqualTo("Talks on ev-new-big");
        assertThat(store.event("nope")).isEmpty();
    }

    @Test
    void replacingEventsRedirectsIdsThatStopBeingLiveInOneHop() {
        store.replaceEvents(List.of(event("ev-a", List.of("a", "b"), null, "st-a"), event("ev-c", List.of("c"), null, "st-c")));
        // ev-c merges into ev-a
        store.replaceEvents(List.of(event("ev-a", List.of("a", "b", "c"), null, "st-a")));
        assertThat(store.eventCount()).isEqualTo(1);
        assertThat(store.redirectedEvent("ev-c")).contains("ev-a");
        assertThat(store.redirectedStory("st-c")).contains("st-a");
        assertThat(store.redirectedEvent("ev-a")).isEmpty();
        // an earlier article joins: the event is renamed, and the old redirect follows (flat, one hop)
        store.replaceEvents(List.of(event("ev-0", List.of("0", "a", "b", "c"), null, "st-0")));
        assertThat(store.redirectedEvent("ev-a")).contains("ev-0");
        assertThat(store.redirectedEvent("ev-c")).contains("ev-0");
        assertThat(store.redirectedStory("st-c")).contains("st-0");
        // an id live again loses its redirect
        store.replaceEvents(List.of(event("ev-0", List.of("0", "b"), null, "st-0"), event("ev-a", List.of("a", "c"), null, "st-a")));
        assertThat(store.redirectedEvent("ev-a")).isEmpty();
        assertThat(store.redirectedEvent("never")).isEmpty();
    }

    @Test
    void replacingWithTheSameEventsTwiceChangesNothing() {
        List<Event> events = List.of(event("ev-a", List.of("a"), null, null), event("ev-b", List.of("b"), null, null));
        store.replaceEvents(events);
        store.replaceEvents(events);
        assertThat(store.events(0, 10)).containsExactlyElementsOf(store.events(0, 10));
        assertThat(store.eventCount()).isEqualTo(2);
        assertThat(store.redirectedEvent("ev-a")).isEmpty();
        store.replaceEvents(List.of());
        assertThat(store.eventCount()).isZero();
    }
}
