package org.newsgraph.store;

import java.util.List;
import org.newsgraph.model.Problem;

/**
 * What one ingest run did.
 *
 * @param added         articles stored for the first time
 * @param alreadyStored articles that were stored before (same id, URL or text): nothing was changed
 * @param skipped       inputs that could not be used, each with the reason
 * @param events        events in the store after the run
 */
public record IngestReport(int added, int alreadyStored, List<Problem> skipped, int events) {
    public IngestReport {
        skipped = List.copyOf(skipped);
    }
}
