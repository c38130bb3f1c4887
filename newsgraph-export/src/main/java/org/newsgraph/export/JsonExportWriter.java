package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.newsgraph.store.codec.Json;

/** A JSON array of events, each with actors, CAMEO code, sources and evidence. */
final class JsonExportWriter implements ExportWriter {
    @Override
    public int write(List<ExportedEvent> events, Writer out) throws IOException {
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), events);
        out.write('\n');
        return 0;
    }

    /** Jackson closes the writer it is given; the caller owns ours. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
