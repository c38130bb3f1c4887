package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with the language layer's annotations; every span points into {@link Article#text()}.
 */
public record AnnotatedArticle(Article article, List<Span> sentences, List<Mention> mentions, List<Entity> entities,
                               List<Quote> quotes, List<Timex> timexes) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        timexes = List.copyOf(timexes);
    }

    /** An article the language layer has not looked at. */
    public static AnnotatedArticle bare(Article article) {
        return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
