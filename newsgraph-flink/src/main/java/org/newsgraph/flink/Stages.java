package org.newsgraph.flink;

import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.annotate.NewsAnnotator;
import org.newsgraph.pipeline.annotate.quotes.PatternQuoteExtractor;
import org.newsgraph.pipeline.annotate.time.RuleTimeTagger;
import org.newsgraph.pipeline.cluster.ClusterSettings;
import org.newsgraph.pipeline.cluster.EventAssembler;
import org.newsgraph.pipeline.cluster.EventClusterer;
import org.newsgraph.pipeline.cluster.PairModel;
import org.newsgraph.pipeline.cluster.SignalEventClusterer;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.dedup.Deduplicator;
import org.newsgraph.pipeline.dedup.MinHashDeduplicator;
import org.newsgraph.pipeline.events.EnglishStemmer;
import org.newsgraph.pipeline.events.EventOntology;
import org.newsgraph.pipeline.events.OntologyLoader;
import org.newsgraph.pipeline.events.PatternEventCoder;
import org.newsgraph.store.EventBuilder;
import org.newsgraph.store.ExtractiveHeadlines;
import org.newsgraph.store.FirstArticleIds;

/**
 * The stages of {@link Pipelines#standard()} taken apart for the job: the stateless ones (annotator, event coder)
 * shared by every task in a task manager and loaded on first use, and fresh stateful ones (deduplicator, clusterer)
 * for the single stateful task. Corpus-wide entity resolution is not in the standard line-up, so it is not here.
 * The events are built as {@code newsgraph ingest} builds them.
 */
final class Stages {
    private Stages() {
    }

    static NewsAnnotator annotator() {
        return Shared.ANNOTATOR;
    }

    static PatternEventCoder coder() {
        return Shared.CODER;
    }

    static Deduplicator deduplicator() {
        return new MinHashDeduplicator();
    }

    static EventClusterer clusterer() {
        return new SignalEventClusterer(ClusterSettings.DEFAULTS, Pipelines.embedder(), Shared.PAIR_MODEL);
    }

    static EventBuilder events() {
        EventAssembler assembler = new EventAssembler();
        return FirstArticleIds.around(ExtractiveHeadlines.around(assembler::assemble));
    }

    private static final class Shared {
        static final NewsAnnotator ANNOTATOR = new NewsAnnotator(new PatternQuoteExtractor(), new RuleTimeTagger());
        static final PatternEventCoder CODER = coder();
        static final PairModel PAIR_MODEL = PairModel.bundled();

        private static PatternEventCoder coder() {
            EnglishStemmer stemmer = EnglishStemmer.standard();
            Outcome<EventOntology> ontology = new OntologyLoader(stemmer).bundled();
            if (ontology instanceof Outcome.Failed<EventOntology> f) {
                throw new IllegalStateException("the bundled event ontology is broken: " + f.problem());
            }
            return new PatternEventCoder(((Outcome.Ok<EventOntology>) ontology).value(), stemmer);
        }
    }
}
