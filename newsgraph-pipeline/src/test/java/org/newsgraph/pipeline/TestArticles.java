package org.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Found;
import org.newsgraph.model.Metadata;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;
import org.newsgraph.pipeline.extract.NewsExtractor;

/** Builds small articles for tests. */
public final class TestArticles {
    private TestArticles() {
    }

    public static Article article(String id, String title, String text, LocalDate published, String outlet) {
        Metadata metadata = new Metadata(
                Optional.ofNullable(title).map(t -> new Found<>(t, "test", null)),
                Optional.ofNullable(outlet).map(o -> new Found<>(o, "test", null)),
                Optional.empty(),
                Optional.ofNullable(published).map(p -> new Found<>(p, "test", null)));
        return new Article(id, "test:" + id, null, text, text, metadata, List.of(), NewsExtractor.fingerprint(text));
    }

    public static Processed processed(Article article, DuplicateVerdict verdict, List<EventMention> events) {
        return new Processed(AnnotatedArticle.bare(article), verdict, events);
    }

    public static Processed processed(Article article) {
        return processed(article, DuplicateVerdict.ORIGINAL, List.of());
    }
}
