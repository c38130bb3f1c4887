package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.cluster.EventAssembler;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.store.embedded.EmbeddedStore;

/** Event and story ids named by first article, and the redirects the store keeps, on real stores on disk. */
class FirstArticleIdsTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "articles");

    @TempDir
    Path tmp;

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.sorted().toList();
        }
    }

    /** Ingests each batch with a fresh ingestor (as separate command runs do); returns the ids live after each. */
    private static List<Set<String>> ingestInBatches(Path data, List<List<Path>> batches) {
        List<Set<String>> handedOut = new ArrayList<>();
        for (List<Path> batch : batches) {
            try (EmbeddedStore store = EmbeddedStore.open(data)) {
                new Ingestor(store, Pipelines.standard(), FirstArticleIds.around(new EventAssembler()::assemble), 50)
                        .ingest(List.of(new FileSource(batch, IngestLimits.DEFAULT)), (seen, added, location) -> { });
                Set<String> ids = new java.util.TreeSet<>();
                for (Event e : store.events(0, 1000)) {
                    ids.add(e.id());
                    ids.add(e.storyId());
                }
                handedOut.add(ids);
            }
        }
        return handedOut;
    }

    private static Map<String, Set<String>> articlesByEvent(Path data) {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            Map<String, Set<String>> out = new TreeMap<>();
            for (Event e : store.events(0, 1000)) {
                out.put(e.id(), Set.copyOf(e.articleIds()));
            }
            return out;
        }
    }

    @Test
    void theSameArticlesInTwoOrdersGiveTheSameEventsUnderTheSameIdsAndEveryIdHandedOutStillLeadsSomewhere() throws IOException {
        List<Path> all = examples();
        assertThat(all).hasSizeGreaterThan(6);
        int half = all.size() / 2;
        List<Path> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        List<Set<String>> idsA = ingestInBatches(a, List.of(all.subList(0, half), all.subList(half, all.size())));
        List<Set<String>> idsB = ingestInBatches(b, List.of(reversed.subList(0, half), reversed.subList(half, all.size())));

        Map<String, Set<String>> eventsA = articlesByEvent(a);
        Map<String, Set<String>> eventsB = articlesByEvent(b);
        assertThat(eventsA).isNotEmpty();
        assertThat(eventsA.values()).anyMatch(articles -> articles.size() > 1);
        // every event made of the same articles in both stores carries the same id
        Map<Set<String>, String> idOfArticlesB = new HashMap<>();
        eventsB.forEach((id, articles) -> idOfArticlesB.put(articles, id));
        int same = 0;
        for (Map.Entry<String, Set<String>> e : eventsA.entrySet()) {
            if (idOfArticlesB.containsKey(e.getValue())) {
                assertThat(idOfArticlesB.get(e.getValue())).as("id of %s", e.getValue()).isEqualTo(e.getKey());
                same++;
            }
        }
        assertThat(same).isGreaterThan(0);
        assertEveryIdLeadsToALiveOne(a, idsA);
        assertEveryIdLeadsToALiveOne(b, idsB);
    }

    private static void assertEveryIdLeadsToALiveOne(Path data, List<Set<String>> handedOut) {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            Set<String> liveEvents = store.events(0, 1000).stream().map(Event::id).collect(Collectors.toSet());
            Set<String> liveStories = store.events(0, 1000).stream().map(Event::storyId).collect(Collectors.toSet());
            for (Set<String> ids : handedOut) {
                for (String id : ids) {
                    if (id.startsWith("ev-")) {
                        String now = liveEvents.contains(id) ? id : store.redirectedEvent(id).orElse(null);
                        assertThat(liveEvents).as("event id %s", id).contains(now);
                    } else {
                        String now = liveStories.contains(id) ? id : store.redirectedStory(id).orElse(null);
                        assertThat(liveStories).as("story id %s", id).contains(now);
                    }
                }
            }
        }
    }

    @Test
    void anIdIsTheDigestOfTheEarliestPublishedMemberAndALaterArrivalPublishedEarlierRedirectsTheOldId() {
        Event one = new Event("c-7", List.of("late"), null, null, null, List.of(), null, List.of(), 1, "s-7");
        Map<String, org.newsgraph.pipeline.Processed> none = Map.of();
        Event named = FirstArticleIds.rename(List.of(one), none).getFirst();
        assertThat(named.id()).isEqualTo("ev-" + FirstArticleIds.digest("late")).matches("ev-[0-9a-f]{12}");
        assertThat(named.storyId()).isEqualTo("st-" + FirstArticleIds.digest("late"));

        try (EmbeddedStore store = EmbeddedStore.open(tmp.resolve("r"))) {
            store.replaceEvents(List.of(named));
            // an earlier article joins: the event is renamed after it, the old id redirects
            Event grown = new Event("ev-" + FirstArticleIds.digest("early"), List.of("early", "late"), null, null, null,
                    List.of(), null, List.of(), 2, "st-" + FirstArticleIds.digest("early"));
            store.replaceEvents(List.of(grown));
            assertThat(store.redirectedEvent(named.id())).contains(grown.id());
            assertThat(store.redirectedStory(named.storyId())).contains(grown.storyId());
            assertThat(store.redirectedEvent(grown.id())).isEmpty();
            // a merge: another event joins it; chains stay one hop
            Event other = new Event("ev-x", List.of("x"), null, null, null, List.of(), null, List.of(), 1, "st-x");
            store.replaceEvents(List.of(grown, other));
            Event merged = new Event("ev-m", List.of("early", "late", "x"), null, null, null, List.of(), null, List.of(), 3, "st-m");
            store.replaceEvents(List.of(merged));
            assertThat(store.redirectedEvent(named.id())).contains("ev-m");
            assertThat(store.redirectedEvent(grown.id())).contains("ev-m");
            assertThat(store.redirectedEvent("ev-x")).contains("ev-m");
            // a split back: the id that is live again loses its redirect
            store.replaceEvents(List.of(new Event("ev-x", List.of("x"), null, null, null, List.of(), null, List.of(), 1, "st-x"),
                    new Event("ev-m", List.of("early", "late"), null, null, null, List.of(), null, List.of(), 2, "st-m")));
            assertThat(store.redirectedEvent("ev-x")).isEmpty();
            assertThat(store.redirectedEvent("never-issued")).isEmpty();
        }
    }
}
