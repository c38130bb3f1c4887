package org.newsgraph.flink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.server.ServerStoreSettings;
import org.newsgraph.store.server.StoreSettingsParser;

/**
 * The pipeline as a Flink DataStream job: Kafka (raw JSON-lines documents, as {@code newsgraph ingest} reads them)
 * → numbering (one task, checkpointed with the offsets) → stateless stages (extract, annotate, code; in parallel)
 * → stateful stages (copy detection, event clustering; one task, keyed state) → PostgreSQL, and the stored articles
 * → OpenSearch when the store settings name a search index. Checkpoints take the
 * source offsets and the state together; the store writes are idempotent, so a restore gives the same store as an
 * uninterrupted run.
 */
public final class NewsgraphJob {
    private NewsgraphJob() {
    }

    /** Adds the job's operators to {@code env}; returns the stream of accepted articles (payload: the article as JSON). */
    public static DataStream<Envelope> build(StreamExecutionEnvironment env, JobSettings s) {
        env.enableCheckpointing(s.checkpointMillis());
        KafkaSource<Envelope> source = KafkaSource.<Envelope>builder()
                .setBootstrapServers(s.kafka())
                .setTopics(s.topic())
                .setGroupId(s.group())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RawRecords())
                .setProperty("partition.discovery.interval.ms", s.bounded() ? "-1" : "60000")
                .setBounded(s.bounded() ? OffsetsInitializer.latest() : null)
                .build();
        DataStream<Envelope> stored = env.fromSource(source, WatermarkStrategy.<Envelope>forMonotonousTimestamps()
                        .withIdleness(Duration.ofSeconds(30)), "documents").setParallelism(1).uid("kafka")
                .map(new Sequencer()).setParallelism(1).name("number").uid("number")
                .rebalance()
                .map(new StatelessStages()).setParallelism(s.parallelism()).name("extract-annotate-code").uid("stateless")
                .keyBy(new SingleKey())
                .process(new StatefulStages(s.store(), s.eventsEvery(), s.eventsIntervalMillis())).setParallelism(1)
                .name("copies-cluster-store").uid("stateful");
        if (s.store().opensearchUrl() != null) {
            stored.sinkTo(new SearchIndexSink(s.store().opensearchUrl(), s.store().opensearchIndex(), s.store().opensearchAnalyzer()))
                    .setParallelism(s.parallelism()).name("search-index").uid("search-index");
        } else {
            stored.sinkTo(new DiscardingSink<>()).setParallelism(1).name("done");
        }
        return stored;
    }

    /** Every record to the one stateful task. */
    static final class SingleKey implements KeySelector<Envelope, Integer> {
        private static final long serialVersionUID = 1L;

        @Override
        public Integer getKey(Envelope value) {
            return 0;
        }
    }

    /** The configuration the job wants: RocksDB state, checkpoints in {@code checkpoints} (a URI), retained on cancel. */
    public static Configuration configuration(String checkpoints) {
        Configuration c = new Configuration();
        c.setString("state.backend.type", "rocksdb");
        c.setString("execution.checkpointing.incremental", "true");
        c.setString("execution.checkpointing.dir", checkpoints);
        c.setString("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
        c.setString("restart-strategy.type", "fixed-delay");
        c.setString("restart-strategy.fixed-delay.attempts", "10");
        c.setString("restart-strategy.fixed-delay.delay", "1 s");
        return c;
    }

    /**
     * {@code flink run newsgraph-flink.jar --kafka HOST:PORT --topic T --store store.toml [--group G] [--parallelism N]
     * [--checkpoints URI] [--bounded] [--checkpoint-ms MS] [--events-every N] [--events-ms MS]}.
     */
    public static void main(String[] args) throws Exception {
        String kafka = null;
        String topic = null;
        String storeFile = null;
        String group = "newsgraph";
        String checkpoints = null;
        int parallelism = 2;
        boolean bounded = false;
        long checkpointMs = 30_000;
        int eventsEvery = 500;
        long eventsMs = 10_000;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--bounded")) {
                bounded = true;
                continue;
            }
            if (i + 1 >= args.length) {
                usage("missing the value of " + a);
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--kafka" -> kafka = v;
                    case "--topic" -> topic = v;
                    case "--store" -> storeFile = v;
                    case "--group" -> group = v;
                    case "--checkpoints" -> checkpoints = v;
                    case "--parallelism" -> parallelism = Integer.parseInt(v);
                    case "--checkpoint-ms" -> checkpointMs = Long.parseLong(v);
                    case "--events-every" -> eventsEvery = Integer.parseInt(v);
                    case "--events-ms" -> eventsMs = Long.parseLong(v);
                    default -> usage("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                usage(a + " takes a whole number, got '" + v + "'");
            }
        }
        if (kafka == null || topic == null || storeFile == null) {
            usage("--kafka, --topic and --store are required");
        }
        Path file = Path.of(storeFile);
        if (!Files.isRegularFile(file)) {
            usage("the store settings file " + file + " does not exist");
        }
        Outcome<ServerStoreSettings> store = StoreSettingsParser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), System::getenv);
        if (store instanceof Outcome.Failed<ServerStoreSettings> f) {
            usage(f.problem().message());
        }
        JobSettings settings = new JobSettings(kafka, topic, group, ((Outcome.Ok<ServerStoreSettings>) store).value(), parallelism,
                bounded, checkpointMs, eventsEvery, eventsMs);
        Configuration conf = checkpoints == null ? new Configuration() : configuration(checkpoints);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        build(env, settings);
        env.execute("newsgraph " + topic);
    }

    private static void usage(String message) {
        System.err.println("newsgraph job: " + message);
        System.exit(2);
    }
}
