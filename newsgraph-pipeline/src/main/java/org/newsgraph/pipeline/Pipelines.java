package org.newsgraph.pipeline;

import org.newsgraph.pipeline.annotate.NoAnnotator;
import org.newsgraph.pipeline.cluster.DuplicateClusterer;
import org.newsgraph.pipeline.dedup.ExactDeduplicator;
import org.newsgraph.pipeline.events.NoEventCoder;
import org.newsgraph.pipeline.extract.NewsExtractor;

/** The stage line-ups Newsgraph ships. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The default: every stage at its best available implementation. A new instance per stream. */
    public static Pipeline standard() {
        return new Pipeline(new NewsExtractor(), new ExactDeduplicator(), new NoAnnotator(), new NoEventCoder(), new DuplicateClusterer());
    }
}
