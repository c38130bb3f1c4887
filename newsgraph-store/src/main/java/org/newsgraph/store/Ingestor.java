package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.InOrderWorkers;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.ingest.Source;
import org.newsgraph.pipeline.ingest.SourceItem;
import org.newsgraph.store.embedded.EmbeddedStore;

/**
 * Runs sources through the pipeline into a store. The per-article stages (extraction, the look-up of articles
 * already stored, annotation, coding, the embedding) run on worker threads, a bounded number of inputs ahead;
 * copy detection, clustering and the store take the articles in input order, so the store is the same as a run
 * on one thread. Each article is stored atomically; the search index is
 * committed every {@code commitEvery} articles and at the end; events are rebuilt at the end of the run. After
 * a crash, running the same ingest again completes the store: stored articles are skipped (but replayed into
 * the online stages, in their original order) and events are rebuilt. Not thread-safe: one ingest per store at
 * a time.
 */
public final class Ingestor {
    /** Progress after each input item: items seen so far, articles added so far. */
    @FunctionalInterface
    public interface Progress {
        void update(int seen, int added, String location);
    }

    private final EmbeddedStore store;
    private final Pipeline pipeline;
    private final EventBuilder events;
    private final int commitEvery;
    private final int threads;
    private final List<Processed> known = new ArrayList<>();
    private boolean replayed;

    /** With one worker thread per available processor. */
    public Ingestor(EmbeddedStore store, Pipeline pipeline, EventBuilder events, int commitEvery) {
        this(store, pipeline, events, commitEvery, InOrderWorkers.defaultThreads());
    }

    /**
     * @param threads worker threads for the per-article stages (1: everything in turn on the calling thread's
     *                pace, the same result)
     */
    public Ingestor(EmbeddedStore store, Pipeline pipeline, EventBuilder events, int commitEvery, int threads) {
        this.threads = Math.max(1, threads);
        this.store = Objects.requireNonNull(store);
        this.pipeline = Objects.requireNonNull(pipeline);
        this.events = Objects.requireNonNull(events);
        this.commitEvery = Math.max(1, commitEvery);
    }

    /**
     * Reads every source, stores new articles and rebuilds the events. Bad input never stops the run: an input
     * that cannot be used is reported in {@link IngestReport#skipped()}, one stored with something changed or
     * left out in {@link IngestReport#partial()}, and a failure of a pipeline stage on one input skips that input
     * alone. Only a failure of the store itself ({@link StoreException}: disk full, corrupt database) ends it.
     */
    public IngestReport ingest(List<Source> sources, Progress progress) {
        replayStored();
        Run run = new Run(progress);
        try (InOrderWorkers<SourceItem, Work> workers = new InOrderWorkers<>(threads, threads * 4, this::work, run::accept)) {
            for (Source source : sources) {
                source.read(workers::submit);
            }
            workers.finish();
        }
        store.commit();
        store.replaceEvents(events.build(pipeline.clustering(), known));
        return new IngestReport(run.added, run.alreadyStored, run.skipped, store.eventCount(), run.partial);
    }

    /** What the stateless step made of one input item, for the in-order part. */
    private sealed interface Work {
        record Skipped(Problem problem) implements Work {
        }

        record AlreadyStored() implements Work {
        }

        record Ready(ArticleBounds.Fitted fitted, Pipeline.Prepared prepared) implements Work {
        }
    }

    /**
     * The stateless part, on a worker thread: extraction, the look-up of articles already stored (so that they
     * are not annotated again), and the pipeline's per-article stages.
     */
    private Work work(SourceItem item) {
        return switch (item) {
            case SourceItem.Skipped s -> new Work.Skipped(s.problem());
            case SourceItem.Document d -> {
                Outcome<Article> extracted = pipeline.extract(d.document());
                if (extracted instanceof Outcome.Failed<Article> f) {
                    yield new Work.Skipped(f.problem());
                }
                ArticleBounds.Fitted fitted = ArticleBounds.fit(((Outcome.Ok<Article>) extracted).value());
                Article article = fitted.article();
                if (store.contains(article.url(), article.fingerprint())) {
                    yield new Work.AlreadyStored();
                }
                yield new Work.Ready(fitted, pipeline.prepare(article));
            }
        };
    }

    /** The stateful part of one run, fed in input order on the reading thread. */
    private final class Run {
        private final Progress progress;
        private final List<Problem> skipped = new ArrayList<>();
        private final List<Problem> partial = new ArrayList<>();
        private int seen;
        private int added;
        private int alreadyStored;

        Run(Progress progress) {
            this.progress = progress;
        }

        void accept(InOrderWorkers.Done<SourceItem, Work> done) {
            seen++;
            String location = switch (done.input()) {
                case SourceItem.Skipped s -> s.problem().location();
                case SourceItem.Document d -> d.document().location();
            };
            if (done.failure() != null) {
                skip(failed(done.failure(), location));
            } else {
                switch (done.result()) {
                    case Work.Skipped s -> skip(s.problem());
                    case Work.AlreadyStored a -> alreadyStored++;
                    case Work.Ready r -> {
                        try {
                            store(r);
                        } catch (StoreException e) {
                            throw e;
                        } catch (RuntimeException e) {
                            skip(failed(e, location));
                        }
                    }
                }
            }
            progress.update(seen, added, location);
        }

        private void skip(Problem p) {
            skipped.add(p);
            store.recordProblem(p);
        }

        private void store(Work.Ready ready) {
            Article article = ready.fitted().article();
            Pipeline.Prepared prepared = ready.prepared();
            // checked again in order: an earlier input of this run may have stored the same article since
            if (store.contains(article.url(), article.fingerprint())) {
                alreadyStored++;
                return;
            }
            if (store.containsId(article.id())) {
                article = renamed(article);
                prepared = pipeline.prepare(article);
            }
            Processed processed = pipeline.admit(prepared);
            if (store.add(processed) != ArticleStore.AddResult.ADDED) {
                alreadyStored++;
                return;
            }
            store.index(article);
            known.add(processed);
            added++;
            List<Problem> notes = new ArrayList<>(ready.fitted().problems());
            notes.addAll(processed.annotated().problems());
            for (Problem p : notes) {
                partial.add(p);
                store.recordProblem(p);
            }
            if (added % commitEvery == 0) {
                store.commit();
            }
        }
    }

    private static Problem failed(RuntimeException e, String location) {
        return new Problem("failed", "processing failed on this input and it was skipped: " + firstLine(e),
                ArticleBounds.clip(location, 3000));
    }

    private static String firstLine(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an unexpected error" : m.lines().findFirst().orElse(m);
    }

    /** A different article under an id already taken (two folders with a 001.txt): keep both. */
    private static Article renamed(Article a) {
        return new Article(a.id() + "-" + a.fingerprint().substring(0, 8), a.location(), a.url(), a.original(), a.text(),
                a.metadata(), a.removed(), a.fingerprint());
    }

    /**
     * Feeds the stored articles to the stateful stages, in their stored order; the clusterer's per-article work on
     * them (the embedding) runs on the workers, ahead.
     */
    private void replayStored() {
        if (replayed) {
            return;
        }
        try (InOrderWorkers<Processed, Processed> workers = new InOrderWorkers<>(threads, threads * 4, p -> {
            pipeline.prepareReplay(p);
            return p;
        }, done -> {
            if (done.failure() != null) {
                throw done.failure();
            }
            pipeline.replay(done.result());
            known.add(done.result());
        })) {
            store.forEach(workers::submit);
            workers.finish();
        }
        replayed = true;
    }
}
