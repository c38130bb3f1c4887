package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.newsgraph.store.codec.Json;

/**
 * JSON lines: one event per line, exactly the event record the API lists at {@code /api/events} (and
 * {@code /api/export?format=jsonl} writes). Stateless and thread-safe.
 */
final class JsonLinesExportWriter implements ExportWriter {
    @Override
    public int write(List<ExportedEvent> events, Writer out) throws IOException {
        for (ExportedEvent x : events) {
            out.write(Json.write(x.event()));
            out.write('\n');
        }
        return 0;
    }
}
