package org.newsgraph.pipeline.cluster;

import org.newsgraph.pipeline.Processed;

/**
 * Online clustering: each article joins an existing event or opens a new one, without recomputing the others.
 * Not thread-safe.
 */
public interface EventClusterer {
    /** Adds one article; returns the id of the event it joined or opened. */
    String add(Processed article);

    /** The current events and their storylines. */
    Clustering snapshot();
}
