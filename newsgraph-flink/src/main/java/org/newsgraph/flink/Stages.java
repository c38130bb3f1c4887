package org.newsgraph.flink;

import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.annotate.Annotator;
import org.newsgraph.pipeline.cluster.EventAssembler;
import org.newsgraph.pipeline.cluster.EventClusterer;
import org.newsgraph.pipeline.dedup.Deduplicator;
import org.newsgraph.pipeline.dedup.MinHashDeduplicator;
import org.newsgraph.pipeline.events.EventCoder;
import org.newsgraph.store.EventBuilder;
import org.newsgraph.store.ExtractiveHeadlines;
import org.newsgraph.store.FirstArticleIds;

/**
 * The stages of {@link Pipelines#standard()} taken apart for the job, read from {@link Pipelines} so the two line-ups
 * cannot drift: the stateless ones (annotator, event coder) shared by every task in a task manager and loaded on
 * first use, and fresh stateful ones (deduplicator, clusterer) for the single stateful task. Corpus-wide entity resolution is not in the standard line-up, so it is not here.
 * The events are built as {@code newsgraph ingest} builds them.
 */
final class Stages {
    private Stages() {
    }

    static Annotator annotator() {
        return Pipelines.annotator();
    }

    static EventCoder coder() {
        return Pipelines.coder();
    }

    static Deduplicator deduplicator() {
        return new MinHashDeduplicator();
    }

    static EventClusterer clusterer() {
        return Pipelines.clusterer();
    }

    static EventBuilder events() {
        EventAssembler assembler = new EventAssembler();
        return FirstArticleIds.around(ExtractiveHeadlines.around(assembler::assemble));
    }
}
