package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.ingest.Source;
import org.newsgraph.pipeline.ingest.SourceItem;
import org.newsgraph.store.embedded.EmbeddedStore;

/**
 * Runs sources through the pipeline into a store. Each article is stored atomically; the search index is
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
    private final List<Processed> known = new ArrayList<>();
    private boolean replayed;

    public Ingestor(EmbeddedStore store, Pipeline pipeline, EventBuilder events, int commitEvery) {
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
        int[] counts = new int[3];
        List<Problem> skipped = new ArrayList<>();
        List<Problem> partial = new ArrayList<>();
        Consumer<Problem> skip = p -> {
            skipped.add(p);
            store.recordProblem(p);
        };
        Consumer<SourceItem> sink = item -> {
            counts[0]++;
            switch (item) {
                case SourceItem.Skipped s -> {
                    skip.accept(s.problem());
                    progress.update(counts[0], counts[1], s.problem().location());
                }
                case SourceItem.Document d -> {
                    try {
                        store(d, counts, partial, skip);
                    } catch (StoreException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        skip.accept(new Problem("failed", "processing failed on this input and it was skipped: "
                                + firstLine(e), ArticleBounds.clip(d.document().location(), 3000)));
                    }
                    progress.update(counts[0], counts[1], d.document().location());
                }
            }
        };
        for (Source source : sources) {
            source.read(sink);
        }
        store.commit();
        store.replaceEvents(events.build(pipeline.clustering(), known));
        return new IngestReport(counts[1], counts[2], skipped, store.eventCount(), partial);
    }

    private void store(SourceItem.Document d, int[] counts, List<Problem> partial, Consumer<Problem> skip) {
        Outcome<Article> extracted = pipeline.extract(d.document());
        if (extracted instanceof Outcome.Failed<Article> f) {
            skip.accept(f.problem());
            return;
        }
        ArticleBounds.Fitted fitted = ArticleBounds.fit(((Outcome.Ok<Article>) extracted).value());
        Article article = fitted.article();
        if (store.contains(article.url(), article.fingerprint())) {
            counts[2]++;
            return;
        }
        if (store.containsId(article.id())) {
            article = renamed(article);
        }
        Processed processed = pipeline.process(article);
        if (store.add(processed) != ArticleStore.AddResult.ADDED) {
            counts[2]++;
            return;
        }
        store.index(article);
        known.add(processed);
        counts[1]++;
        List<Problem> notes = new ArrayList<>(fitted.problems());
        notes.addAll(processed.annotated().problems());
        for (Problem p : notes) {
            partial.add(p);
            store.recordProblem(p);
        }
        if (counts[1] % commitEvery == 0) {
            store.commit();
        }
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

    private void replayStored() {
        if (replayed) {
            return;
        }
        store.forEach(p -> {
            pipeline.replay(p);
            known.add(p);
        });
        replayed = true;
    }
}
