package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EventMention;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;

/** One article after every per-article stage: what the clusterer sees. */
public record Processed(AnnotatedArticle annotated, DuplicateVerdict duplicate, List<EventMention> events) {
    public Processed {
        Objects.requireNonNull(annotated, "annotated");
        Objects.requireNonNull(duplicate, "duplicate");
        events = List.copyOf(events);
    }

    public Article article() {
        return annotated.article();
    }
}
