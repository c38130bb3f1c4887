package org.newsgraph.eval.external;

import java.util.List;

/** What an external benchmark measured; a record, so that it also prints as JSON. */
public interface ExternalReport {
    /** Human-readable lines: the configuration first, then the figures. */
    List<String> lines();
}
