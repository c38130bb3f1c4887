package org.newsgraph.pipeline.ingest;

import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;

/** What a {@link Source} hands on: a document, or the reason something it read was skipped. */
public sealed interface SourceItem {
    record Document(RawDocument document) implements SourceItem {
    }

    record Skipped(Problem problem) implements SourceItem {
    }
}
