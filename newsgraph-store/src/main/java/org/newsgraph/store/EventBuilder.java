package org.newsgraph.store;

import java.util.List;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.cluster.Clustering;

/** Builds the consolidated event records from the current clusters and their articles. */
@FunctionalInterface
public interface EventBuilder {
    List<Event> build(Clustering clustering, List<Processed> articles);
}
