package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsgraph.eval.gold.DatasetSource;
import org.newsgraph.eval.gold.GoldArticle;
import org.newsgraph.eval.gold.GoldEvent;
import org.newsgraph.eval.gold.GoldLoader;
import org.newsgraph.eval.gold.GoldSet;
import org.newsgraph.eval.score.ClusterScores;
import org.newsgraph.eval.score.DedupScorer;
import org.newsgraph.eval.score.EntityScorer;
import org.newsgraph.eval.score.EventScorer;
import org.newsgraph.eval.score.ExtractionScorer;
import org.newsgraph.eval.score.Misses;
import org.newsgraph.eval.score.QuoteScorer;
import org.newsgraph.eval.score.SystemOutput;
import org.newsgraph.model.Event;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.EventBuilder;
import org.newsgraph.store.IngestReport;
import org.newsgraph.store.Ingestor;
import org.newsgraph.store.embedded.EmbeddedStore;

/**
 * Scores the whole pipeline on a gold-set folder ({@code articles/}, optional {@code articles.jsonl},
 * {@code gold.json}): ingests into a fresh temporary store, reads the results back and scores them.
 */
public final class Evaluator {
    private final Supplier<Pipeline> pipelines;
    private final EventBuilder events;

    public Evaluator(Supplier<Pipeline> pipelines, EventBuilder events) {
        this.pipelines = pipelines;
        this.events = events;
    }

    /** A report with the item-by-item misses behind it ({@link Misses}). */
    public record Explained(EvalReport report, List<Misses.Miss> misses) {
        public Explained {
            misses = List.copyOf(misses);
        }
    }

    /** The report, or a Problem when the folder is not a gold set. */
    public Outcome<EvalReport> evaluate(Path dir) {
        return switch (run(dir)) {
            case Outcome.Ok<Run> ok -> Outcome.ok(ok.value().report());
            case Outcome.Failed<Run> f -> new Outcome.Failed<>(f.problem());
        };
    }

    /** The report and the misses behind it, or a Problem when the folder is not a gold set. */
    public Outcome<Explained> explain(Path dir) {
        return switch (run(dir)) {
            case Outcome.Ok<Run> ok -> Outcome.ok(new Explained(ok.value().report(), Misses.explain(ok.value().gold(), ok.value().system())));
            case Outcome.Failed<Run> f -> new Outcome.Failed<>(f.problem());
        };
    }

    private record Run(GoldSet gold, SystemOutput system, EvalReport report) {
    }

    private Outcome<Run> run(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Outcome.failed("not-a-dataset", "not a directory", dir.toString());
        }
        Path goldFile = dir.resolve("gold.json");
        if (!Files.isRegularFile(goldFile)) {
            return Outcome.failed("not-a-dataset", "no gold.json in the folder", dir.toString());
        }
        Outcome<GoldSet> loaded = GoldLoader.load(goldFile);
        if (loaded instanceof Outcome.Failed<GoldSet> f) {
            return new Outcome.Failed<>(f.problem());
        }
        GoldSet gold = ((Outcome.Ok<GoldSet>) loaded).value();
        Path temp;
        try {
            temp = Files.createTempDirectory("newsgraph-eval");
        } catch (IOException e) {
            return Outcome.failed("io", "cannot create a temporary store: " + e.getMessage(), dir.toString());
        }
        try {
            SystemOutput system;
            double seconds;
            int added;
            try (EmbeddedStore store = EmbeddedStore.open(temp)) {
                long start = System.nanoTime();
                IngestReport report = new Ingestor(store, pipelines.get(), events, 1000)
                        .ingest(List.of(new DatasetSource(dir)), (seen, addedSoFar, location) -> { });
                seconds = (System.nanoTime() - start) / 1e9;
                added = report.added();
                Map<String, Processed> articles = new HashMap<>();
                store.forEach(p -> articles.put(p.article().id(), p));
                List<Event> all = store.events(0, Integer.MAX_VALUE);
                system = new SystemOutput(articles, all);
            }
            return Outcome.ok(new Run(gold, system, score(dir.getFileName().toString(), gold, system, added, seconds)));
        } finally {
            deleteQuietly(temp);
        }
    }

    static EvalReport score(String name, GoldSet gold, SystemOutput system, int added, double seconds) {
        return new EvalReport(name, gold.articles().size(),
                ExtractionScorer.score(gold, system),
                DedupScorer.score(gold, system),
                EventScorer.score(gold, system),
                new EvalReport.Stories(storyF1(gold, system)),
                EntityScorer.score(gold, system),
                QuoteScorer.score(gold, system),
                new EvalReport.Speed(seconds > 0 ? added / seconds : null, seconds));
    }

    /** B³ F1 of stories over articles; an event without a story is a story of its own. */
    private static Double storyF1(GoldSet gold, SystemOutput system) {
        Map<String, String> storyOfEvent = new HashMap<>();
        for (GoldEvent e : gold.events()) {
            storyOfEvent.put(e.id(), e.story() != null ? e.story() : "event:" + e.id());
        }
        Map<String, String> goldStory = new HashMap<>();
        for (GoldArticle a : gold.articles()) {
            if (a.event() != null) {
                goldStory.put(a.id(), storyOfEvent.getOrDefault(a.event(), "event:" + a.event()));
            }
        }
        if (goldStory.isEmpty()) {
            return null;
        }
        return ClusterScores.of(goldStory, system.storyOfArticle()).f1();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary folder left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }
}
