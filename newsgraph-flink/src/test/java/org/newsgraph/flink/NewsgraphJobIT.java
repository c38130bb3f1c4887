package org.newsgraph.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.Ingestor;
import org.newsgraph.store.embedded.EmbeddedStore;
import org.newsgraph.store.server.PostgresStore;
import org.newsgraph.store.server.ServerStoreSettings;
import org.newsgraph.store.server.local.LocalPostgres;

/**
 * The job on real engines: a KRaft Kafka broker, a Flink mini cluster at parallelism 2 with RocksDB state and
 * checkpoints, PostgreSQL and OpenSearch; invented documents published by {@link Publisher}. The stored articles and events
 * must equal what {@code newsgraph ingest} stores from the same file.
 */
class NewsgraphJobIT {
    private static final Path FIXTURE = Path.of("src/test/resources/invented-news.jsonl");
    private static final AtomicInteger runs = new AtomicInteger();

    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static org.newsgraph.store.server.local.LocalOpenSearch search;

    @TempDir
    static Path temp;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start();
        kafka = LocalKafka.start();
        search = org.newsgraph.store.server.local.LocalOpenSearch.start(Path.of(System.getProperty("newsgraph.opensearch.home")));
        kafka.createTopic("documents", 1);
        Publisher.Report report = Publisher.publish(List.of(FIXTURE), kafka.bootstrap(), "documents", p -> { });
        assertThat(report.sent()).isEqualTo(11);
        assertThat(report.skipped()).extracting(p -> p.code()).containsExactlyInAnyOrder("malformed-json", "no-body");
        // records from another producer that the job must skip, and report, without stopping
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", kafka.bootstrap());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<>(p,
                new org.apache.kafka.common.serialization.StringSerializer(), new org.apache.kafka.common.serialization.StringSerializer())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("documents", "{\"id\": \"cut\", \"text\": ")).get();
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("documents", "{\"id\": \"blank\", \"text\": \"  \"}")).get();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (search != null) {
            search.close();
        }
    }

    private static void runJob(ServerStoreSettings store, String group, int parallelism) throws Exception {
        Path checkpoints = Files.createDirectories(temp.resolve("checkpoints-" + runs.incrementAndGet()));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism,
                NewsgraphJob.configuration(checkpoints.toUri().toString()));
        NewsgraphJob.build(env, new JobSettings(kafka.bootstrap(), "documents", group, store, parallelism, true, 500, 3, 1000));
        env.execute("newsgraph test");
    }

    /** What the embedded ingest stores from the same file: article ids in order, and events. */
    private record Stored(List<String> articles, List<Event> events) {
    }

    private static Stored embedded() throws Exception {
        Path data = Files.createDirectories(temp.resolve("embedded"));
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            new Ingestor(store, Pipelines.standard(), Stages.events(), 200)
                    .ingest(List.of(new FileSource(List.of(FIXTURE), IngestLimits.DEFAULT)), (seen, added, where) -> { });
            return new Stored(store.articles(0, 1000).stream().map(ArticleSummary::id).toList(), store.events(0, 1000));
        }
    }

    private static Stored server(ServerStoreSettings settings) {
        try (PostgresStore store = PostgresStore.open(settings)) {
            return new Stored(store.articles(0, 1000).stream().map(ArticleSummary::id).toList(), store.events(0, 1000));
        }
    }

    private static Set<Set<String>> clusters(List<Event> events) {
        return events.stream().map(e -> (Set<String>) new TreeSet<>(e.articleIds())).collect(Collectors.toSet());
    }

    @Test
    void theJobStoresWhatTheEmbeddedIngestStoresAndAReplayAddsNothing() throws Exception {
        // the integ-test distribution of OpenSearch has no English analysis: the standard analyzer
        ServerStoreSettings db = postgres.createDatabase("job_same").withOpenSearch(search.uri(), "job-articles", "standard");
        runJob(db, "same-1", 2);
        Stored expected = embedded();
        Stored got = server(db);
        assertThat(got.articles()).hasSize(10).containsExactlyElementsOf(expected.articles());
        assertThat(clusters(got.events())).isEqualTo(clusters(expected.events()));
        assertThat(got.events()).containsExactlyElementsOf(expected.events());
        // the copy of the first report (same text, other address) is kept and clustered with it
        assertThat(clusters(got.events()).stream().anyMatch(c -> c.containsAll(List.of("n01", "n03")))).isTrue();
        try (PostgresStore store = PostgresStore.open(db)) {
            assertThat(store.problems(10)).extracting(p -> p.code()).contains("malformed-json", "no-body");
        }

        org.newsgraph.store.server.OpenSearchIndex index = org.newsgraph.store.server.OpenSearchIndex.open(search.uri(), "job-articles", "standard");
        assertThat(index.documentCount()).isEqualTo(10);
        assertThat(((org.newsgraph.model.Outcome.Ok<List<org.newsgraph.store.SearchHit>>) index.search("Tessel", 10)).value())
                .extracting(org.newsgraph.store.SearchHit::articleId).containsExactlyInAnyOrder("n01", "n02", "n03");

        // every record delivered again (a new consumer group reads the topic from the start): nothing is duplicated
        runJob(db, "same-2", 2);
        Stored again = server(db);
        assertThat(again.articles()).containsExactlyElementsOf(got.articles());
        assertThat(again.events()).containsExactlyElementsOf(got.events());
        assertThat(index.documentCount()).isEqualTo(10);
        List<String> ids = new ArrayList<>(again.articles());
        assertThat(new TreeSet<>(ids)).hasSize(ids.size());
    }
}
