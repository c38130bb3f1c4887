package org.newsgraph.flink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.newsgraph.store.server.PostgresStore;
import org.newsgraph.store.server.ServerStoreSettings;
import org.newsgraph.store.server.local.LocalPostgres;

/**
 * The cluster benchmark ({@code scripts/bench-cluster}): publishes the first N documents of the inputs to a local
 * KRaft Kafka broker, then runs the job (bounded) into a fresh PostgreSQL database at each parallelism asked, on a
 * Flink mini cluster in this JVM, and reports stored articles, wall time (with model loading), steady throughput
 * (first to last stored article), latency through the job (read by the source to stored; with the whole backlog
 * waiting, it includes time queued inside the job) and the speed-up over the first parallelism.
 * Usage: {@code ClusterBench --limit N --parallelism 1,2 PATH...}.
 */
public final class ClusterBench {
    private static final ConcurrentLinkedQueue<long[]> STAMPS = new ConcurrentLinkedQueue<>();

    private ClusterBench() {
    }

    /** Records when each article was stored, and when its record was read. */
    static final class Stamp implements MapFunction<Envelope, Envelope> {
        private static final long serialVersionUID = 1L;

        @Override
        public Envelope map(Envelope e) {
            STAMPS.add(new long[] {e.readMillis, System.currentTimeMillis()});
            return e;
        }
    }

    public static void main(String[] args) throws Exception {
        int limit = 200;
        List<Integer> parallelisms = List.of(1, 2);
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--parallelism" -> parallelisms = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: bench-cluster [--limit N] [--parallelism 1,2] PATH...");
            System.exit(2);
        }
        Path temp = Files.createTempDirectory("newsgraph-bench-");
        try (LocalPostgres postgres = LocalPostgres.start(); LocalKafka kafka = LocalKafka.start()) {
            kafka.createTopic("bench", 1);
            Publisher.Report sent = Publisher.publish(inputs, kafka.bootstrap(), "bench", limit, p -> { });
            System.out.printf(Locale.ROOT, "published %d documents (%d inputs skipped); load average %s%n", sent.sent(),
                    sent.skipped().size(), Files.readString(Path.of("/proc/loadavg")).strip());
            double base = 0;
            System.out.println("| parallelism | articles stored | wall s (with model loading) | steady articles/s | latency p50 ms | latency p99 ms | speed-up | load after |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (int p : parallelisms) {
                STAMPS.clear();
                ServerStoreSettings db = postgres.createDatabase("bench_p" + p);
                StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(p,
                        NewsgraphJob.configuration(Files.createDirectories(temp.resolve("cp" + p)).toUri().toString()));
                NewsgraphJob.build(env, new JobSettings(kafka.bootstrap(), "bench", "bench-" + p, db, p, true, 10_000, 1000, 30_000))
                        .map(new Stamp()).setParallelism(1).sinkTo(new DiscardingSink<>()).setParallelism(1);
                long t0 = System.nanoTime();
                env.execute("bench p" + p);
                double wall = (System.nanoTime() - t0) / 1e9;
                int stored;
                try (PostgresStore s = PostgresStore.open(db)) {
                    stored = s.articleCount();
                }
                List<long[]> stamps = new ArrayList<>(STAMPS);
                long first = stamps.stream().mapToLong(x -> x[1]).min().orElse(0);
                long last = stamps.stream().mapToLong(x -> x[1]).max().orElse(0);
                double steady = last > first ? (stamps.size() - 1) * 1000.0 / (last - first) : 0;
                long[] latency = stamps.stream().mapToLong(x -> x[1] - x[0]).sorted().toArray();
                if (base == 0) {
                    base = steady;
                }
                System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.2f | %d | %d | %.2f | %s |%n", p, stored, wall, steady,
                        pct(latency, 0.50), pct(latency, 0.99), base == 0 ? 0 : steady / base,
                        Files.readString(Path.of("/proc/loadavg")).strip());
            }
        }
    }

    private static long pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
