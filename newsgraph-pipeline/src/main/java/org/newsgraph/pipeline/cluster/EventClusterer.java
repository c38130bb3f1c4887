package org.newsgraph.pipeline.cluster;

import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Processed;

/**
 * Online clustering: each article joins an existing event or opens a new one, without recomputing the others.
 * Not thread-safe, except {@link #prepare}.
 */
public interface EventClusterer {
    /**
     * Does the per-article work that depends on the article alone (an embedding, say) ahead of {@link #add}, so that
     * it can run on another thread while earlier articles are added. Thread-safe; never changes what {@link #add}
     * decides. Optional: without it, {@code add} does that work itself.
     */
    default void prepare(Article article) {
    }

    /** Adds one article; returns the id of the event it joined or opened. */
    String add(Processed article);

    /** The current events and their storylines. */
    Clustering snapshot();
}
