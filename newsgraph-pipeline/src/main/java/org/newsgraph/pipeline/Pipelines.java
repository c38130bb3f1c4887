package org.newsgraph.pipeline;

import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.annotate.NewsAnnotator;
import org.newsgraph.pipeline.annotate.quotes.PatternQuoteExtractor;
import org.newsgraph.pipeline.annotate.time.RuleTimeTagger;
import org.newsgraph.pipeline.cluster.ClusterSettings;
import org.newsgraph.pipeline.cluster.MiniLmEmbedder;
import org.newsgraph.pipeline.cluster.SignalEventClusterer;
import org.newsgraph.pipeline.dedup.MinHashDeduplicator;
import org.newsgraph.pipeline.events.EnglishStemmer;
import org.newsgraph.pipeline.events.EventOntology;
import org.newsgraph.pipeline.events.OntologyLoader;
import org.newsgraph.pipeline.events.PatternEventCoder;
import org.newsgraph.pipeline.extract.NewsExtractor;
import org.newsgraph.pipeline.resolve.RegistryEntityResolver;

/** The stage line-ups Newsgraph ships. */
public final class Pipelines {
    private Pipelines() {
    }

    /**
     * The default: every stage at its best available implementation. A new instance per stream (dedup, entity
     * resolution and clustering keep state); the heavy models behind the stages are shared.
     */
    public static Pipeline standard() {
        return new Pipeline(new NewsExtractor(), new MinHashDeduplicator(), Shared.ANNOTATOR,
                new RegistryEntityResolver(), Shared.CODER,
                new SignalEventClusterer(ClusterSettings.DEFAULTS, Shared.EMBEDDER));
    }

    /** Loaded on first use, once per process. */
    private static final class Shared {
        static final NewsAnnotator ANNOTATOR = new NewsAnnotator(new PatternQuoteExtractor(), new RuleTimeTagger());
        static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();
        static final PatternEventCoder CODER = coder();

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
