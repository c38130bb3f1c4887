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
import org.newsgraph.store.codec.Json;

/**
 * {@code GET /api/export}: the (filtered) events as a download, {@code format=jsonl} (one event per line, the
 * model's JSON) or {@code format=csv} (RFC 4180; fields with commas, quotes or line breaks are quoted, and
 * cells starting with = + - @ are prefixed with a quote so spreadsheets do not run them). Thread-safe.
 */
public final class ExportApi {
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
        StringBuilder sb = new StringBuilder();
        if (format.equals("jsonl")) {
            events.forEach(e -> sb.append(Json.write(e)).append('\n'));
            return Response.text(200, "application/x-ndjson; charset=utf-8", sb.toString())
                    .withHeader("Content-Disposition", "attachment; filename=\"events.jsonl\"");
        }
        sb.append("id,date,type,place,actors,headline,outlets,independent_sources,story,articles\r\n");
        for (Event e : events) {
            sb.append(String.join(",", cell(e.id()), cell(e.date() == null ? "" : e.date().render()), cell(e.type()), cell(e.place()),
                    cell(String.join("; ", e.actors())), cell(e.headline()), cell(String.join("; ", e.outlets())),
                    Integer.toString(e.independentSources()), cell(e.storyId()), cell(String.join(" ", e.articleIds())))).append("\r\n");
        }
        return Response.text(200, "text/csv; charset=utf-8", sb.toString()).withHeader("Content-Disposition", "attachment; filename=\"events.csv\"");
    }

    /** One CSV cell, quoted where needed and defused against formula injection. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
