package org.newsgraph.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.server.PostgresStore;
import org.newsgraph.store.server.ServerStoreSettings;
import org.newsgraph.store.server.local.LocalPostgres;

/**
 * Exactly-once under failure: a task manager is killed twice while the job runs (it restarts from its last
 * checkpoint on the task managers left); afterwards the store holds the same articles, with the same contents, and
 * the same events as after an uninterrupted run: none lost, none twice.
 */
class NewsgraphJobFaultIT {
    private static final String TOPIC = "fault-documents";
    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static int records;

    @TempDir
    static Path temp;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start();
        kafka = LocalKafka.start();
        kafka.createTopic(TOPIC, 1);
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrap());
        List<String> lines = InventedNews.lines(24);
        records = lines.size();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String line : lines) {
                producer.send(new ProducerRecord<>(TOPIC, line));
            }
            producer.flush();
        }
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static JobSettings settings(ServerStoreSettings db, String group) {
        return new JobSettings(kafka.bootstrap(), TOPIC, group, db, 2, true, 300, 5, 500);
    }

    private static Configuration configuration(String name) throws Exception {
        return NewsgraphJob.configuration(Files.createDirectories(temp.resolve(name)).toUri().toString());
    }

    private static int articles(ServerStoreSettings db) {
        try (PostgresStore store = PostgresStore.open(db)) {
            return store.articleCount();
        }
    }

    private static void waitFor(ServerStoreSettings db, int count, Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (articles(db) < count) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the job did not reach " + count + " stored articles in " + limit);
            }
            Thread.sleep(100);
        }
    }

    /** Waits until the job has gone through RESTARTING later than {@code after}; returns when. */
    private static long restartedAfter(MiniCluster mini, JobID job, long after) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < until) {
            long at = mini.getExecutionGraph(job).get().getStatusTimestamp(org.apache.flink.api.common.JobStatus.RESTARTING);
            if (at > after) {
                return at;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not restart after its task manager was killed");
    }

    @Test
    void killingATaskManagerTwiceLosesAndDuplicatesNothing() throws Exception {
        ServerStoreSettings calm = postgres.createDatabase("fault_calm");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, configuration("calm"));
        NewsgraphJob.build(env, settings(calm, "calm"));
        env.execute("uninterrupted");
        int expected = articles(calm);
        assertThat(expected).isGreaterThan(60).isLessThan(records);

        ServerStoreSettings faulted = postgres.createDatabase("fault_killed");
        Configuration conf = configuration("killed");
        MiniClusterConfiguration cluster = new MiniClusterConfiguration.Builder().setConfiguration(conf)
                .setNumTaskManagers(2).setNumSlotsPerTaskManager(1).build();
        JobResult result;
        // one slot per task manager and a job of parallelism 2: both task managers alive at each kill run a part of
        // the job, so each kill fails the job, which restarts from its last checkpoint once a new one has joined
        MiniCluster mini = new MiniCluster(cluster);
        try {
            mini.start();
            StreamExecutionEnvironment plan = StreamExecutionEnvironment.getExecutionEnvironment(conf);
            NewsgraphJob.build(plan, settings(faulted, "killed"));
            JobID job = mini.submitJob(plan.getStreamGraph()).get().getJobID();
            waitFor(faulted, expected / 4, Duration.ofMinutes(3));
            mini.terminateTaskManager(0).get();
            long firstRestart = restartedAfter(mini, job, 0);
            mini.startTaskManager();
            waitFor(faulted, expected * 2 / 3, Duration.ofMinutes(3));
            mini.terminateTaskManager(1).get();
            restartedAfter(mini, job, firstRestart);
            mini.startTaskManager();
            result = mini.requestJobResult(job).get();
        } finally {
            mini.closeAsync().get();
        }
        assertThat(result.isSuccess()).as("the job finished after its restarts").isTrue();

        try (PostgresStore a = PostgresStore.open(calm); PostgresStore b = PostgresStore.open(faulted)) {
            assertThat(b.articleCount()).isEqualTo(a.articleCount());
            List<String> idsA = a.articles(0, 10_000).stream().map(s -> s.id()).sorted().toList();
            List<String> idsB = b.articles(0, 10_000).stream().map(s -> s.id()).sorted().toList();
            assertThat(idsB).isEqualTo(idsA);
            for (String id : idsA) {
                Processed pa = a.article(id).orElseThrow();
                Processed pb = b.article(id).orElseThrow();
                assertThat(pb.annotated()).isEqualTo(pa.annotated());
                assertThat(pb.duplicate()).isEqualTo(pa.duplicate());
                assertThat(pb.events()).isEqualTo(pa.events());
            }
            List<Event> eventsA = a.events(0, 10_000);
            assertThat(eventsA).isNotEmpty();
            assertThat(b.events(0, 10_000)).containsExactlyElementsOf(eventsA);
        }
    }
}
