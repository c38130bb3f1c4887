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
 * events → cluster; an article in a language other than English skips annotation and coding. The
 * per-article stages are stateless; dedup, entity resolution and clustering keep state across articles, so one
 * pipeline serves one stream, in arrival order, and is not thread-safe.
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

    /** Without corpus-wide entity resolution: entity ids stay as the annotator made them. */
    public Pipeline(Extractor extractor, Deduplicator deduplicator, Annotator annotator, EventCoder coder, EventClusterer clusterer) {
        this(extractor, deduplicator, annotator, EntityResolver.none(), coder, clusterer);
    }

    public Pipeline(Extractor extractor, Deduplicator deduplicator, Annotator annotator, EntityResolver resolver,
                    EventCoder coder, EventClusterer clusterer) {
        this.extractor = Objects.requireNonNull(extractor);
        this.deduplicator = Objects.requireNonNull(deduplicator);
        this.annotator = Objects.requireNonNull(annotator);
        this.resolver = Objects.requireNonNull(resolver);
        this.coder = Objects.requireNonNull(coder);
        this.clusterer = Objects.requireNonNull(clusterer);
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

    /** Runs the per-article stages and adds the article to the clusters. */
    public Processed process(Article article) {
        long t = System.nanoTime();
        DuplicateVerdict verdict = deduplicator.add(article);
        t = times.record(StageTimes.Stage.DEDUP, t);
        boolean supported = SupportedLanguages.supported(article.metadata().languageCode());
        // an article in a language the rules are not written for is kept, but not annotated or coded
        AnnotatedArticle annotated = supported ? annotator.annotate(article) : AnnotatedArticle.bare(article);
        t = times.record(StageTimes.Stage.ANNOTATE, t);
        annotated = supported ? resolver.resolve(annotated).annotated() : annotated;
        t = times.record(StageTimes.Stage.RESOLVE, t);
        List<EventMention> events = supported ? coder.code(annotated) : List.of();
        t = times.record(StageTimes.Stage.CODE, t);
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

    /** Time and peak heap spent in each stage so far (for benchmarks). */
    public StageTimes stageTimes() {
        return times.snapshot();
    }

    public Clustering clustering() {
        return clusterer.snapshot();
    }
}
