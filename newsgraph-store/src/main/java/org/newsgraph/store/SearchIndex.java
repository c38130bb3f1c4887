package org.newsgraph.store;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;

/**
 * Full-text index over articles. A derived structure: it may be rebuilt from the {@link ArticleStore} at any time.
 * Thread-safe.
 */
public interface SearchIndex {
    void index(Article article);

    /** Makes indexed articles durable and visible to searches. */
    void commit();

    /**
     * Searches title and text. A query the parser cannot read becomes {@link Outcome.Failed} with code
     * {@code bad-query}.
     */
    Outcome<List<SearchHit>> search(String query, int limit);

    int documentCount();
}
