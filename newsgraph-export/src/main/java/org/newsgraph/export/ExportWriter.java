package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes exported events in one format. Implementations are stateless and thread-safe. */
public interface ExportWriter {
    /**
     * Writes the events; returns how many were left out because the format requires a field they lack (the GDELT
     * tables need a resolved day), 0 for formats that take every event.
     */
    int write(List<ExportedEvent> events, Writer out) throws IOException;

    /** The writer for a format; {@code places} gives coordinates to the formats that have them (csv, gdelt). */
    static ExportWriter forFormat(ExportFormat format, PlaceLocator places) {
        return switch (format) {
            case json -> new JsonExportWriter();
            case jsonl -> new JsonLinesExportWriter();
            case csv -> new CsvExportWriter(places);
            case gdelt -> new GdeltEventWriter(places);
            case mentions -> new GdeltMentionsWriter();
            case graphml -> new GraphmlExportWriter();
        };
    }
}
