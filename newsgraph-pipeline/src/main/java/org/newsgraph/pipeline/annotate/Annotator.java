package org.newsgraph.pipeline.annotate;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;

/** Adds language annotations to an article. Never throws for odd text. Thread-safe. */
public interface Annotator {
    AnnotatedArticle annotate(Article article);
}
