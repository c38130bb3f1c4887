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
 * @param partial       articles that were stored, but with something left out or changed to fit a bound (an id
 *                      shortened, text beyond the annotation bound not annotated), each with what was done
 */
public record IngestReport(int added, int alreadyStored, List<Problem> skipped, int events, List<Problem> partial) {
    public IngestReport {
        skipped = List.copyOf(skipped);
        partial = partial == null ? List.of() : List.copyOf(partial);
    }

    public IngestReport(int added, int alreadyStored, List<Problem> skipped, int events) {
        this(added, alreadyStored, skipped, events, List.of());
    }
}
