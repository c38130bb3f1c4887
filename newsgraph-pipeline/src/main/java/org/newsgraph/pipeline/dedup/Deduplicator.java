package org.newsgraph.pipeline.dedup;

import org.newsgraph.model.Article;

/**
 * Online duplicate detection: each article is compared with those added before it and then remembered.
 * Not thread-safe.
 */
public interface Deduplicator {
    DuplicateVerdict add(Article article);
}
