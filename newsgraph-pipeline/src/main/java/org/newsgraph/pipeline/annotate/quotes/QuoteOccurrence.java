package org.newsgraph.pipeline.annotate.quotes;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * Where an article carries a quotation. Immutable.
 *
 * @param articleId the article
 * @param span      the quoted words in that article's text
 */
public record QuoteOccurrence(String articleId, Span span) implements Comparable<QuoteOccurrence> {
    public QuoteOccurrence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public int compareTo(QuoteOccurrence other) {
        int byArticle = articleId.compareTo(other.articleId);
        return byArticle != 0 ? byArticle : span.compareTo(other.span);
    }
}
