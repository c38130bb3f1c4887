package org.newsgraph.pipeline.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Timex;
import org.newsgraph.pipeline.annotate.entities.EntityLayer;
import org.newsgraph.pipeline.annotate.entities.EntityRecognizer;
import org.newsgraph.pipeline.annotate.entities.NewsEntityRecognizer;
import org.newsgraph.pipeline.annotate.quotes.QuoteExtractor;
import org.newsgraph.pipeline.annotate.tagging.CoreNlpTagger;
import org.newsgraph.pipeline.annotate.tagging.NamedEntityTagger;
import org.newsgraph.pipeline.annotate.tagging.TaggedText;
import org.newsgraph.pipeline.annotate.time.TimeTagger;

/**
 * The language layer composed: sentences and tokens from a {@link NamedEntityTagger}, entity mentions and
 * canonical entities from an {@link EntityRecognizer}, quotes from a {@link QuoteExtractor} (given the sentences,
 * mentions and entities) and time expressions from a {@link TimeTagger} (given the article's publication date, or
 * {@code null} when nothing dates it).
 *
 * <p>What it reads is bounded ({@link LanguageBounds}): an article over the bound is annotated as far as the bound
 * and carries a problem saying what was left out.
 *
 * <p>Thread-safe when its parts are (all project implementations are). Empty or odd text gives an article with
 * empty annotation lists; no part is asked to handle a blank text.
 */
public final class NewsAnnotator implements Annotator {

    private final NamedEntityTagger tagger;
    private final EntityRecognizer recognizer;
    private final QuoteExtractor quotes;
    private final TimeTagger times;
    private final LanguageBounds bounds;

    /** CoreNLP tagging and the news entity rules, with the given quote and time stages. */
    public NewsAnnotator(QuoteExtractor quotes, TimeTagger times) {
        this(new CoreNlpTagger(), new NewsEntityRecognizer(), quotes, times);
    }

    public NewsAnnotator(NamedEntityTagger tagger, EntityRecognizer recognizer, QuoteExtractor quotes, TimeTagger times) {
        this(tagger, recognizer, quotes, times, LanguageBounds.DEFAULT);
    }

    public NewsAnnotator(NamedEntityTagger tagger, EntityRecognizer recognizer, QuoteExtractor quotes, TimeTagger times,
                         LanguageBounds bounds) {
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.times = Objects.requireNonNull(times, "times");
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        if (article.text().isBlank()) {
            return AnnotatedArticle.bare(article);
        }
        LanguageBounds.Bounded bounded = bounds.apply(article.text(), article.location());
        String text = bounded.annotated();
        TaggedText tagged = tagger.tag(bounded.forTagger());
        EntityLayer entities = recognizer.recognize(text, tagged);
        List<Quote> found = quotes.extract(text, tagged.sentences(), entities.mentions(), entities.entities());
        LocalDate published = article.metadata().publishedDate().orElse(null);
        List<Timex> timexes = times.tag(text, published);
        return new AnnotatedArticle(article, tagged.sentences(), entities.mentions(), entities.entities(),
                found == null ? List.of() : found, timexes == null ? List.of() : timexes, bounded.problems());
    }
}
