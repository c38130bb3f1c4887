package org.newsgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.InOrderWorkers;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.StageTimes;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.pipeline.ingest.SourceItem;

/**
 * Throughput benchmark: runs the pipeline (no store) over a corpus, reporting articles per second overall and
 * per stage, peak heap per stage, and time per article at checkpoints (to see whether it grows with the corpus).
 * The per-article stages run on worker threads, copy detection and clustering in corpus order (as in an ingest).
 * Per-stage times add up the time on every thread.
 */
public final class Bench {
    /**
     * One checkpoint: after {@code articles} articles, the mean microseconds per article of the stretch since the
     * previous checkpoint, in all (reading included) and in the copy-detection and clustering stages alone.
     */
    public record Checkpoint(int articles, double microsPerArticle, double dedupMicrosPerArticle, double clusterMicrosPerArticle) {
    }

    public record Result(int articles, int skipped, double wallSeconds, double articlesPerSecond, StageTimes stages,
                         long peakHeapBytes, List<Checkpoint> checkpoints) {
    }

    private final Supplier<Pipeline> pipelines;
    private final int threads;

    /** With one worker thread per available processor. */
    public Bench(Supplier<Pipeline> pipelines) {
        this(pipelines, InOrderWorkers.defaultThreads());
    }

    /**
     * @param threads worker threads for the per-article stages (extraction, annotation, coding, the embedding);
     *                copy detection and clustering take the articles in corpus order on the reading thread
     */
    public Bench(Supplier<Pipeline> pipelines, int threads) {
        this.pipelines = pipelines;
        this.threads = Math.max(1, threads);
    }

    /** Files under {@code corpus} in sorted order, JSON lines included; stops after {@code limit} articles. */
    public Result run(Path corpus, int limit, List<Integer> checkpointsAt) {
        Pipeline pipeline = pipelines.get();
        List<Path> roots = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> list = Files.list(corpus)) {
                list.filter(p -> FileSource.kindOf(p) != null).sorted().forEach(roots::add);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot list " + corpus + ": " + e.getMessage(), e);
            }
        } else {
            roots.add(corpus);
        }
        int[] counts = new int[2];
        long start = System.nanoTime();
        long[] lastCheckpoint = {start, 0, 0, 0};
        List<Checkpoint> checkpoints = new ArrayList<>();
        long[] peak = {0};
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }
        java.util.function.Consumer<InOrderWorkers.Done<SourceItem, Pipeline.Prepared>> admit = done -> {
            if (done.failure() != null || done.result() == null) {
                counts[1]++;
                return;
            }
            if (counts[0] >= limit) {
                throw new Stop();
            }
            pipeline.admit(done.result());
            counts[0]++;
            if (checkpointsAt.contains(counts[0])) {
                long now = System.nanoTime();
                int n = counts[0] - (int) lastCheckpoint[1];
                StageTimes times = pipeline.stageTimes();
                long dedup = times.nanos().getOrDefault(StageTimes.Stage.DEDUP, 0L);
                long cluster = times.nanos().getOrDefault(StageTimes.Stage.CLUSTER, 0L)
                        + times.nanos().getOrDefault(StageTimes.Stage.PREPARE_CLUSTER, 0L);
                checkpoints.add(new Checkpoint(counts[0], (now - lastCheckpoint[0]) / 1e3 / n,
                        (dedup - lastCheckpoint[2]) / 1e3 / n, (cluster - lastCheckpoint[3]) / 1e3 / n));
                lastCheckpoint[0] = now;
                lastCheckpoint[1] = counts[0];
                lastCheckpoint[2] = dedup;
                lastCheckpoint[3] = cluster;
            }
            if ((counts[0] & 255) == 0) {
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
            }
        };
        try (InOrderWorkers<SourceItem, Pipeline.Prepared> workers = new InOrderWorkers<>(threads, threads * 4, item -> {
            if (item instanceof SourceItem.Document d
                    && pipeline.extract(d.document()) instanceof Outcome.Ok<Article> ok) {
                return pipeline.prepare(ok.value());
            }
            return null;
        }, admit)) {
            try {
                new FileSource(roots, IngestLimits.DEFAULT).read(workers::submit);
                workers.finish();
            } catch (Stop enough) {
                // limit reached
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        return new Result(counts[0], counts[1], seconds, counts[0] / seconds, pipeline.stageTimes(), peak[0], checkpoints);
    }
}
