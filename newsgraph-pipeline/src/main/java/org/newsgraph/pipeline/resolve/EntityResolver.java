package org.newsgraph.pipeline.resolve;

import org.newsgraph.model.AnnotatedArticle;

/**
 * Maps the article-local entity ids of each article to corpus ids, remembering what it has seen. One resolver
 * serves one stream, in arrival order; implementations keep state and are not thread-safe.
 */
public interface EntityResolver {

    /**
     * Rewrites the article's entity ids to corpus ids, then registers its entities so that later articles can
     * link to them. Never throws on odd input: an entity that matches nothing keeps its local id.
     */
    ResolvedArticle resolve(AnnotatedArticle article);

    /**
     * Registers an article resolved earlier (e.g. read back from a store) without rewriting it, so that later
     * articles link to its entities.
     */
    void register(AnnotatedArticle resolved);

    /** A resolver that leaves every id as it is and remembers nothing. Thread-safe. */
    static EntityResolver none() {
        return new EntityResolver() {
            @Override
            public ResolvedArticle resolve(AnnotatedArticle article) {
                return new ResolvedArticle(article, article.entities().stream()
                        .map(e -> new EntityLink(e.id(), e.id(), LinkReason.NEW)).toList());
            }

            @Override
            public void register(AnnotatedArticle resolved) {
            }
        };
    }
}
