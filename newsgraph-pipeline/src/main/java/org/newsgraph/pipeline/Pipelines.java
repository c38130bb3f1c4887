package org.newsgraph.pipeline;

import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.annotate.NewsAnnotator;
import org.newsgraph.pipeline.annotate.quotes.PatternQuoteExtractor;
import org.newsgraph.pipeline.annotate.time.RuleTimeTagger;
import org.newsgraph.pipeline.annotate.NoAnnotator;
import org.newsgraph.pipeline.cluster.ClusterSettings;
import org.newsgraph.pipeline.cluster.DuplicateClusterer;
import org.newsgraph.pipeline.cluster.MiniLmEmbedder;
import org.newsgraph.pipeline.cluster.SignalEventClusterer;
import org.newsgraph.pipeline.dedup.MinHashDeduplicator;
import org.newsgraph.pipeline.events.EnglishStemmer;
import org.newsgraph.pipeline.events.EventOntology;
import org.newsgraph.pipeline.events.NoEventCoder;
import org.newsgraph.pipeline.events.OntologyLoader;
import org.newsgraph.pipeline.events.PatternEventCoder;
import org.newsgraph.pipeline.extract.NewsExtractor;
import org.newsgraph.pipeline.resolve.RegistryEntityResolver;

/** The stage line-ups Newsgraph ships. */
public final class Pipelines {
    private Pipelines() {
    }

    /**
     * The default: every stage at its best available implementation. A new instance per stream (dedup and
     * clustering keep state); the heavy models behind the stages are shared. Corpus-wide entity resolution is
     * not in the default line-up: measured on the devset it adds little alias recall (0.738 → 0.742) and costs
     * event clustering (B³ F1 0.937 → 0.894), because the clusterer's actor signals were tuned on
     * article-local ids. See {@link #withEntityResolution()}.
     */
    public static Pipeline standard() {
        return new Pipeline(new NewsExtractor(), new MinHashDeduplicator(), Shared.ANNOTATOR,
                org.newsgraph.pipeline.resolve.EntityResolver.none(), Coding.CODER, clusterer());
    }

    /**
     * The default line-up with the earlier, hand-weighted pair scores ({@link ClusterSettings#DEFAULTS}) instead of
     * the learned pair model: what {@code newsgraph train-clusterer} processes its sets with (the clusterer does not
     * matter there, only the language layer), and a comparison in evaluations.
     */
    public static Pipeline handWeighted() {
        return new Pipeline(new NewsExtractor(), new MinHashDeduplicator(), Shared.ANNOTATOR,
                org.newsgraph.pipeline.resolve.EntityResolver.none(), Coding.CODER,
                new SignalEventClusterer(ClusterSettings.DEFAULTS, Shared.EMBEDDER));
    }

    /** The sentence embedder the clusterer uses (loaded once per process). */
    public static org.newsgraph.pipeline.cluster.TextEmbedder embedder() {
        return Shared.EMBEDDER;
    }

    /**
     * The features of the sentence-level event type model (the clusterer's embedder and the bundled ontology's cues):
     * what {@code newsgraph train-event-types} fits the model on, and what the coder classifies with.
     */
    public static org.newsgraph.pipeline.events.EventTypeFeatures eventTypeFeatures() {
        return Shared.TYPE_FEATURES;
    }

    /** The annotator of the default line-up (shared; thread-safe). */
    public static org.newsgraph.pipeline.annotate.Annotator annotator() {
        return Shared.ANNOTATOR;
    }

    /** A fresh event clusterer of the default line-up (the learned pair model); stateful, one per stream. */
    public static org.newsgraph.pipeline.cluster.EventClusterer clusterer() {
        return new SignalEventClusterer(ClusterSettings.DEFAULTS, Shared.EMBEDDER, Learned.PAIR_MODEL);
    }

    /** The event coder of the default line-up: cue patterns weighed by the learned sentence type model. */
    public static org.newsgraph.pipeline.events.EventCoder coder() {
        return Coding.CODER;
    }

    /** The default line-up plus corpus-wide entity resolution between annotation and event coding. */
    public static Pipeline withEntityResolution() {
        return new Pipeline(new NewsExtractor(), new MinHashDeduplicator(), Shared.ANNOTATOR,
                new RegistryEntityResolver(), Coding.CODER,
                new SignalEventClusterer(ClusterSettings.DEFAULTS, Shared.EMBEDDER, Learned.PAIR_MODEL));
    }

    /**
     * Baseline: events are groups of articles whose title-and-lead embeddings are close (cosine at least
     * {@link ClusterSettings#EMBEDDINGS_ONLY_THRESHOLD}), with MinHash copies joined; no entities, dates, places or
     * types (the language layer is skipped, so it is fast). For comparison only.
     */
    public static Pipeline embeddingsBaseline() {
        return new Pipeline(new NewsExtractor(), new MinHashDeduplicator(), new NoAnnotator(), new NoEventCoder(),
                new SignalEventClusterer(ClusterSettings.embeddingsOnly(ClusterSettings.EMBEDDINGS_ONLY_THRESHOLD), Shared.EMBEDDER));
    }

    /**
     * Baseline: an event is an article and its MinHash copies and near-copies, nothing more (the language layer
     * is skipped). For comparison only.
     */
    public static Pipeline minHashBaseline() {
        return new Pipeline(new NewsExtractor(), new MinHashDeduplicator(), new NoAnnotator(), new NoEventCoder(),
                new DuplicateClusterer());
    }

    /**
     * For benchmarks of copy detection and event clustering alone: the default extractor, deduplicator and
     * clusterer (with its title-and-lead embeddings), but no language layer and no event coding, so the
     * clusterer works from text, embeddings and publication dates only. Lets {@code newsgraph bench} measure how
     * the cost per article of those two stages grows over tens of thousands of articles, which the full
     * pipeline (about two articles per second on two cores) cannot do in reasonable time. Not for real use.
     */
    public static Pipeline copiesAndEventsOnly() {
        return new Pipeline(new NewsExtractor(), new MinHashDeduplicator(), new NoAnnotator(), new NoEventCoder(),
                new SignalEventClusterer(ClusterSettings.DEFAULTS, Shared.EMBEDDER, Learned.PAIR_MODEL));
    }

    /** Loaded on first use, once per process. */
    private static final class Shared {
        static final NewsAnnotator ANNOTATOR = new NewsAnnotator(new PatternQuoteExtractor(), new RuleTimeTagger());
        static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();
        static final EventOntology ONTOLOGY = ontology();
        static final org.newsgraph.pipeline.events.EventTypeFeatures TYPE_FEATURES =
                new org.newsgraph.pipeline.events.EventTypeFeatures(EMBEDDER, ONTOLOGY, EnglishStemmer.standard());

        private static EventOntology ontology() {
            Outcome<EventOntology> ontology = new OntologyLoader(EnglishStemmer.standard()).bundled();
            if (ontology instanceof Outcome.Failed<EventOntology> f) {
                throw new IllegalStateException("the bundled event ontology is broken: " + f.problem());
            }
            return ((Outcome.Ok<EventOntology>) ontology).value();
        }
    }

    /** The event coder with the learned type model, loaded on first use (so that training needs no model yet). */
    private static final class Coding {
        static final PatternEventCoder CODER = new PatternEventCoder(Shared.ONTOLOGY, EnglishStemmer.standard(),
                new org.newsgraph.pipeline.events.EventTypeClassifier(Shared.TYPE_FEATURES,
                        org.newsgraph.pipeline.events.EventTypeModel.bundled()));
    }

    /** The learned pair model, loaded on first use (apart from {@link Shared}, so that training needs no model yet). */
    private static final class Learned {
        static final org.newsgraph.pipeline.cluster.PairModel PAIR_MODEL = org.newsgraph.pipeline.cluster.PairModel.bundled();
    }
}
