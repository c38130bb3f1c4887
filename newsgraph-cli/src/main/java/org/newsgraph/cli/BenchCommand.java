package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Bench;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.StageTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the pipeline (no store) over a large corpus and prints articles/s and peak heap per stage.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "PATH", defaultValue = "../shared/data/bulk/allsides-article-bias",
            description = "A file or folder of .jsonl(.gz)/.txt/.html (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--limit", defaultValue = "2147483647", description = "Stop after this many articles.")
    int limit;

    @Option(names = "--copies-and-events-only", description = {"Skip the language layer and event coding: measure copy",
            "detection and event clustering alone (embeddings, text and publication dates as signals), fast enough",
            "for the whole bulk corpus."})
    boolean copiesAndEventsOnly;

    @Option(names = "--threads", defaultValue = "0", description = {"Worker threads for the per-article stages",
            "(default 0: one per processor; 1: the per-article stages one article at a time, as before)."})
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(corpus)) {
            spec.commandLine().getErr().println("newsgraph: no corpus at " + corpus + " (use --corpus PATH)");
            return ExitCodes.USAGE;
        }
        Bench.Result r = new Bench(copiesAndEventsOnly ? Pipelines::copiesAndEventsOnly : Composition::pipeline,
                threads > 0 ? threads : org.newsgraph.pipeline.InOrderWorkers.defaultThreads())
                .run(corpus, limit, List.of(1000, 2000, 5000, 10000, 20000, 30000, 37000));
        out.printf("corpus: %s%narticles: %d (skipped %d)   wall: %.1f s   throughput: %.1f articles/s   peak heap: %d MiB%n",
                corpus, r.articles(), r.skipped(), r.wallSeconds(), r.articlesPerSecond(), r.peakHeapBytes() >> 20);
        out.printf("%-10s %12s %14s %14s%n", "stage", "total s", "articles/s", "peak heap MiB");
        for (StageTimes.Stage s : StageTimes.Stage.values()) {
            long nanos = r.stages().nanos().getOrDefault(s, 0L);
            long calls = r.stages().calls().getOrDefault(s, 0L);
            out.printf("%-10s %12.2f %14.1f %14d%n", s.name().toLowerCase(java.util.Locale.ROOT), nanos / 1e9,
                    nanos == 0 ? 0.0 : calls / (nanos / 1e9), r.stages().peakHeap().getOrDefault(s, 0L) >> 20);
        }
        for (Bench.Checkpoint c : r.checkpoints()) {
            out.printf("after %6d articles: %8.1f µs per article (dedup %.1f, cluster %.1f) since the previous checkpoint%n",
                    c.articles(), c.microsPerArticle(), c.dedupMicrosPerArticle(), c.clusterMicrosPerArticle());
        }
        return ExitCodes.OK;
    }
}
