package org.newsgraph.pipeline.annotate;

import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;

/** Adds nothing: used where the language layer is switched off (e.g. a dedup-only benchmark). */
public final class NoAnnotator implements Annotator {
    @Override
    public AnnotatedArticle annotate(Article article) {
        return AnnotatedArticle.bare(article);
    }
}
