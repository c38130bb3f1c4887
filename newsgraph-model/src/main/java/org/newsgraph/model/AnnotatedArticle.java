package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with the language layer's annotations; every span points into {@link Article#text()}.
 *
 * @param problems what the language layer left out of this article and why (e.g. text beyond the annotation
 *                 bound); empty when it read it all
 */
public record AnnotatedArticle(Article article, List<Span> sentences, List<Mention> mentions, List<Entity> entities,
                               List<Quote> quotes, List<Timex> timexes, List<Problem> problems) {
    /** An article the language layer read whole. */
    public AnnotatedArticle(Article article, List<Span> sentences, List<Mention> mentions, List<Entity> entities,
                            List<Quote> quotes, List<Timex> timexes) {
        this(article, sentences, mentions, entities, quotes, timexes, List.of());
    }

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        timexes = List.copyOf(timexes);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** An article the language layer has not looked at. */
    public static AnnotatedArticle bare(Article article) {
        return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
