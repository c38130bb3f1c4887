package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes exported events in one format. Implementations are stateless and thread-safe. */
public interface ExportWriter {
    void write(List<ExportedEvent> events, Writer out) throws IOException;

    /** The writer for a format name: {@code json}, {@code csv}, {@code gdelt}, {@code graphml}. */
    static ExportWriter forFormat(ExportFormat format) {
        return switch (format) {
            case json -> new JsonExportWriter();
            case csv -> new CsvExportWriter();
            case gdelt -> new GdeltExportWriter();
            case graphml -> new GraphmlExportWriter();
        };
    }
}
