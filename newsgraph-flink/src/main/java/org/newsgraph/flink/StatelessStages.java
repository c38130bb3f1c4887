package org.newsgraph.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.annotate.Annotator;
import org.newsgraph.pipeline.events.EventCoder;
import org.newsgraph.pipeline.ingest.JsonLines;
import org.newsgraph.pipeline.ingest.SourceItem;
import org.newsgraph.pipeline.language.SupportedLanguages;
import org.newsgraph.store.ArticleBounds;
import org.newsgraph.store.codec.Json;

/**
 * The stateless stages, run in parallel: read the JSON line, extract the article (with language detection), fit it
 * to the store, annotate it and code its events, as {@code newsgraph ingest} does. The models are loaded in
 * {@link #open} (once per task manager: they are shared). Bad input becomes a SKIPPED record, never an exception.
 */
final class StatelessStages extends RichMapFunction<Envelope, Envelope> {
    private static final long serialVersionUID = 1L;
    private transient Pipeline extraction;
    private transient Annotator annotator;
    private transient EventCoder coder;

    @Override
    public void open(OpenContext context) {
        extraction = Pipelines.standard();
        annotator = Stages.annotator();
        coder = Stages.coder();
    }

    @Override
    public Envelope map(Envelope in) {
        SourceItem item = JsonLines.parse(in.payload, in.location);
        if (item instanceof SourceItem.Skipped s) {
            return in.with(Envelope.Kind.SKIPPED, s.problem().code(), s.problem().message());
        }
        try {
            Outcome<Article> extracted = extraction.extract(((SourceItem.Document) item).document());
            if (extracted instanceof Outcome.Failed<Article> f) {
                return in.with(Envelope.Kind.SKIPPED, f.problem().code(), f.problem().message());
            }
            ArticleBounds.Fitted fitted = ArticleBounds.fit(((Outcome.Ok<Article>) extracted).value());
            Article article = fitted.article();
            boolean supported = SupportedLanguages.supported(article.metadata().languageCode());
            AnnotatedArticle annotated = supported ? annotator.annotate(article) : AnnotatedArticle.bare(article);
            List<EventMention> events = supported ? coder.code(annotated) : List.of();
            return in.with(Envelope.Kind.ANNOTATED, Json.write(new Annotated(annotated, events, new ArrayList<Problem>(fitted.problems()))), null);
        } catch (RuntimeException e) {
            String m = e.getMessage() == null || e.getMessage().isBlank() ? "an unexpected error" : e.getMessage().lines().findFirst().orElse("");
            return in.with(Envelope.Kind.SKIPPED, "failed", "processing failed on this input and it was skipped: " + m);
        }
    }
}
