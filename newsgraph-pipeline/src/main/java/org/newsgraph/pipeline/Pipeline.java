package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.annotate.Annotator;
import org.newsgraph.pipeline.cluster.Clustering;
import org.newsgraph.pipeline.cluster.EventClusterer;
import org.newsgraph.pipeline.dedup.Deduplicator;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;
import org.newsgraph.pipeline.events.EventCoder;
import org.newsgraph.pipeline.extract.Extractor;
import org.newsgraph.pipeline.language.FunctionWordLanguageDetector;
import org.newsgraph.pipeline.language.LanguageDetector;
import org.newsgraph.pipeline.language.SupportedLanguages;
import org.newsgraph.pipeline.resolve.EntityResolver;

/**
 * The stages wired together: extract (with language detection) → dedup → annotate → resolve entities → code
 * events → cluster; an article in a language other than English skips annotation and coding.
 *
 * <p><b>Threads.</b> The per-article stages are stateless: {@link #extract} and {@link #prepare} (annotation, event
 * coding where no corpus-wide resolver comes before it, and the clusterer's own per-article work such as the
 * embedding) may run on many threads at once. Dedup, entity resolution and clustering keep state across articles:
 * {@link #admit} feeds them, one article at a time, in arrival order. {@code admit(prepare(a))} for each article in
 * turn is exactly {@link #process}, so a run that prepares in parallel and admits in arrival order gives the same
 * result as a sequential one.
 */
public final class Pipeline {
    private final Extractor extractor;
    private final Deduplicator deduplicator;
    private final Annotator annotator;
    private final EntityResolver resolver;
    private final EventCoder coder;
    private final EventClusterer clusterer;
    private final StageTimes.Recorder times = new StageTimes.Recorder();
    private final LanguageDetector languages = new FunctionWordLanguageDetector();
    /** Whether events are coded in {@link #prepare}: only when no stateful resolver has to rewrite ids first. */
    private final boolean codeWhenPrepared;

    /** Without corpus-wide entity resolution: entity ids stay as the annotator made them. */
    public Pipeline(Extractor extractor, Deduplicator deduplicator, Annotator annotator, EventCoder coder, EventClusterer clusterer) {
        this(extractor, deduplicator, annotator, EntityResolver.none(), coder, clusterer, true);
    }

    public Pipeline(Extractor extractor, Deduplicator deduplicator, Annotator annotator, EntityResolver resolver,
                    EventCoder coder, EventClusterer clusterer) {
        this(extractor, deduplicator, annotator, resolver, coder, clusterer, false);
    }

    private Pipeline(Extractor extractor, Deduplicator deduplicator, Annotator annotator, EntityResolver resolver,
                     EventCoder coder, EventClusterer clusterer, boolean codeWhenPrepared) {
        this.extractor = Objects.requireNonNull(extractor);
        this.deduplicator = Objects.requireNonNull(deduplicator);
        this.annotator = Objects.requireNonNull(annotator);
        this.resolver = Objects.requireNonNull(resolver);
        this.coder = Objects.requireNonNull(coder);
        this.clusterer = Objects.requireNonNull(clusterer);
        this.codeWhenPrepared = codeWhenPrepared;
    }

    /**
     * An article after the stateless per-article stages, waiting for the stateful ones ({@link #admit}).
     *
     * @param annotated the annotated article (bare for an unsupported language)
     * @param events    the coded events, or null when they are coded at admission (after entity resolution)
     */
    public record Prepared(AnnotatedArticle annotated, List<EventMention> events) {
        public Prepared {
            Objects.requireNonNull(annotated, "annotated");
            events = events == null ? null : List.copyOf(events);
        }

        public Article article() {
            return annotated.article();
        }
    }

    /** Extraction only: the part that can fail on bad input. */
    public Outcome<Article> extract(RawDocument document) {
        long t = System.nanoTime();
        Outcome<Article> out = extractor.extract(document);
        if (out instanceof Outcome.Ok<Article> ok) {
            Article a = ok.value();
            out = Outcome.ok(new Article(a.id(), a.location(), a.url(), a.original(), a.text(),
                    a.metadata().withLanguage(languages.detect(a.text())), a.removed(), a.fingerprint()));
        }
        times.record(StageTimes.Stage.EXTRACT, t);
        return out;
    }

    /** Runs the per-article stages and adds the article to the clusters: {@code admit(prepare(article))}. */
    public Processed process(Article article) {
        return admit(prepare(article));
    }

    /**
     * The stateless part of {@link #process}: annotation, event coding (unless a corpus-wide resolver must come
     * first) and the clusterer's per-article preparation. Touches no state of this pipeline's stream, so it may run
     * on several threads at once, for articles in any order.
     */
    public Prepared prepare(Article article) {
        long t = System.nanoTime();
        boolean supported = SupportedLanguages.supported(article.metadata().languageCode());
        // an article in a language the rules are not written for is kept, but not annotated or coded
        AnnotatedArticle annotated = supported ? annotator.annotate(article) : AnnotatedArticle.bare(article);
        t = times.record(StageTimes.Stage.ANNOTATE, t);
        List<EventMention> events = null;
        if (codeWhenPrepared) {
            events = supported ? coder.code(annotated) : List.of();
            t = times.record(StageTimes.Stage.CODE, t);
        }
        clusterer.prepare(article);
        times.record(StageTimes.Stage.PREPARE_CLUSTER, t);
        return new Prepared(annotated, events);
    }

    /**
     * The stateful part of {@link #process}: copy detection, entity resolution (and event coding after it) and
     * clustering. Call it for one article at a time, in arrival order.
     */
    public Processed admit(Prepared prepared) {
        long t = System.nanoTime();
        DuplicateVerdict verdict = deduplicator.add(prepared.article());
        t = times.record(StageTimes.Stage.DEDUP, t);
        AnnotatedArticle annotated = prepared.annotated();
        boolean supported = SupportedLanguages.supported(annotated.article().metadata().languageCode());
        List<EventMention> events = prepared.events();
        if (events == null) {
            annotated = supported ? resolver.resolve(annotated).annotated() : annotated;
            t = times.record(StageTimes.Stage.RESOLVE, t);
            events = supported ? coder.code(annotated) : List.of();
            t = times.record(StageTimes.Stage.CODE, t);
        }
        Processed processed = new Processed(annotated, verdict, events);
        clusterer.add(processed);
        times.record(StageTimes.Stage.CLUSTER, t);
        return processed;
    }

    /**
     * Feeds an article processed earlier (e.g. read back from a store) to the stateful stages, so that new
     * articles are compared with it, without annotating it again. Its entity ids are taken as corpus ids
     * (it was resolved when first processed) and registered, so that new articles link to its entities.
     */
    public void replay(Processed processed) {
        deduplicator.add(processed.article());
        resolver.register(processed.annotated());
        clusterer.add(processed);
    }

    /**
     * The stateless part of {@link #replay}: the clusterer's per-article preparation of an article processed
     * earlier. Thread-safe, like {@link #prepare}.
     */
    public void prepareReplay(Processed processed) {
        clusterer.prepare(processed.article());
    }

    /** Time and peak heap spent in each stage so far (for benchmarks). */
    public StageTimes stageTimes() {
        return times.snapshot();
    }

    public Clustering clustering() {
        return clusterer.snapshot();
    }
}
