package org.newsgraph.server.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Problem;
import org.newsgraph.server.Backend;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.http.Request;
import org.newsgraph.server.http.Response;
import org.newsgraph.server.http.Router;
import org.newsgraph.export.CsvExportWriter;
import org.newsgraph.export.EventExporter;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportWriter;
import org.newsgraph.export.ExportedEvent;
import org.newsgraph.export.PlaceLocator;
import org.newsgraph.server.web.GazetteerPlaces;

/**
 * {@code GET /api/export}: the (filtered) events as a download, {@code format=jsonl} (one event per line, the
 * API's event records) or {@code format=csv} (the schema of {@code newsgraph export --format csv}:
 * {@link CsvExportWriter}, coordinates from the map's gazetteer). Thread-safe.
 */
public final class ExportApi {
    private static final PlaceLocator PLACES = new GazetteerPlaces();
    private final Backend backend;

    public ExportApi(Backend backend) {
        this.backend = backend;
    }

    public void register(Router r) {
        r.add("GET", "/api/export", this::export);
    }

    private Response export(Request req) {
        String format = req.query().first("format").orElse("jsonl").toLowerCase(Locale.ROOT);
        if (!format.equals("jsonl") && !format.equals("csv")) {
            return ApiResponses.badParameter(new Problem("bad-format", "'format' must be jsonl or csv, got '" + Paging.clip(format) + "'.", "format"), req.path());
        }
        Catalog catalog = backend.catalog().get();
        Outcome<List<Event>> found = ReadApi.filteredEvents(backend, catalog, req, Set.of("format"));
        if (found instanceof Outcome.Failed<List<Event>> f) {
            return ApiResponses.badParameter(f.problem(), req.path());
        }
        List<Event> events = ((Outcome.Ok<List<Event>>) found).value();
        java.io.StringWriter out = new java.io.StringWriter();
        boolean jsonl = format.equals("jsonl");
        EventExporter exporter = new EventExporter(backend.store(), backend.store());
        List<ExportedEvent> exported = events.stream().map(exporter::gather).toList();
        try {
            ExportWriter.forFormat(jsonl ? ExportFormat.jsonl : ExportFormat.csv, PLACES).write(exported, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return jsonl
                ? Response.text(200, "application/x-ndjson; charset=utf-8", out.toString())
                        .withHeader("Content-Disposition", "attachment; filename=\"events.jsonl\"")
                : Response.text(200, "text/csv; charset=utf-8", out.toString()).withHeader("Content-Disposition", "attachment; filename=\"events.csv\"");
    }

    /** One CSV cell, quoted where needed and defused against formula injection (the export's rule). */
    public static String cell(String value) {
        return CsvExportWriter.cell(value);
    }
}
