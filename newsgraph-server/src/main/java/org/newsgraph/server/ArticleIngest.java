package org.newsgraph.server;

import java.util.List;
import org.newsgraph.pipeline.ingest.Source;
import org.newsgraph.store.IngestReport;

/**
 * Runs sources through the pipeline into the served store (the composition root decides which pipeline). The
 * server calls it from one thread at a time; bad input ends up in the report, never as an exception.
 */
@FunctionalInterface
public interface ArticleIngest {
    IngestReport ingest(List<Source> sources);
}
