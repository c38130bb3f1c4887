package org.newsgraph.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Format;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.ingest.JsonLines;
import org.newsgraph.pipeline.ingest.Source;
import org.newsgraph.pipeline.ingest.SourceItem;
import org.newsgraph.server.Backend;
import org.newsgraph.server.http.Request;
import org.newsgraph.server.http.Response;
import org.newsgraph.server.http.Router;
import org.newsgraph.store.ArticleBounds;
import org.newsgraph.store.IngestReport;
import org.newsgraph.store.codec.Json;

/**
 * {@code POST /api/ingest}: articles into the store. Bodies: JSON (one article object, an array of them, or
 * {@code {"articles": [...]}}; fields as in JSON lines: {@code text} or {@code html}, optional {@code id},
 * {@code url}, {@code title}, {@code published}, {@code outlet}), or one HTML page ({@code text/html}) or plain
 * text ({@code text/plain}) with the optional {@code url}, {@code title}, {@code outlet}, {@code published},
 * {@code id} as query parameters. Bad articles are skipped and listed in the report; a request none of whose
 * articles could be used is a 422. Ingests run one at a time; the catalog is rebuilt after each. Thread-safe.
 */
public final class IngestApi {
    /** Most articles accepted in one request. */
    public static final int MAX_ARTICLES = 1000;
    private static final Set<String> HINTS = Set.of("url", "title", "outlet", "published", "id");

    private final Backend backend;

    public IngestApi(Backend backend) {
        this.backend = backend;
    }

    public void register(Router r) {
        r.add("POST", "/api/ingest", this::ingest);
    }

    /** Whether the request may write: no token configured, or the right bearer token given. */
    public static boolean authorized(Request req, String token) {
        if (token == null) {
            return true;
        }
        String given = req.header("authorization").orElse("");
        if (!given.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(given.substring(7).strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private Response ingest(Request req) {
        if (!authorized(req, backend.settings().token())) {
            return ApiResponses.problem(new ProblemDetail("urn:newsgraph:problem:unauthorized", "Unauthorized", 401,
                    "This server requires an API token for writes: send 'Authorization: Bearer TOKEN'.", req.path(), List.of()))
                    .withHeader("WWW-Authenticate", "Bearer realm=\"newsgraph\"");
        }
        if (req.body().length == 0) {
            return ApiResponses.problem(400, "Empty body", "Send articles as JSON, or one page as text/html or text/plain.", req.path());
        }
        String media = req.mediaType();
        List<SourceItem> items;
        switch (media) {
            case "application/json", "application/x-ndjson" -> {
                var bad = Params.unknown(req.query(), Set.of());
                if (bad.isPresent()) {
                    return ApiResponses.badParameter(bad.get(), req.path());
                }
                Optional<List<SourceItem>> parsed = jsonItems(req.bodyText());
                if (parsed.isEmpty()) {
                    return ApiResponses.problem(new ProblemDetail("urn:newsgraph:problem:malformed-json", "Malformed JSON", 400,
                            "The body must be an article object, an array of them, or {\"articles\": [...]}.", req.path(), List.of()));
                }
                items = parsed.get();
            }
            case "text/html", "text/plain" -> {
                var bad = Params.unknown(req.query(), HINTS);
                if (bad.isPresent()) {
                    return ApiResponses.badParameter(bad.get(), req.path());
                }
                LocalDate published = null;
                Optional<String> rawDate = req.query().first("published");
                if (rawDate.isPresent()) {
                    try {
                        published = LocalDate.parse(rawDate.get());
                    } catch (DateTimeParseException e) {
                        return ApiResponses.badParameter(new Problem("bad-date", "'published' must be a date like 2024-03-21, got '"
                                + Paging.clip(rawDate.get()) + "'.", "published"), req.path());
                    }
                }
                var q = req.query();
                SourceHints hints = new SourceHints(q.first("id").orElse(null), q.first("url").orElse(null), q.first("title").orElse(null),
                        published, q.first("outlet").orElse(null));
                items = List.of(new SourceItem.Document(new RawDocument(q.first("url").orElse("api:ingest"), req.body(),
                        media.equals("text/html") ? Format.HTML : Format.TEXT, charset(req), hints)));
            }
            default -> {
                return ApiResponses.problem(415, "Unsupported media type", "Send application/json, text/html or text/plain, not '"
                        + Paging.clip(media.isEmpty() ? "(none)" : media) + "'.", req.path());
            }
        }
        List<SourceItem> bounded = items.stream().map(IngestApi::withinBounds).toList();
        if (bounded.size() > MAX_ARTICLES) {
            return ApiResponses.problem(413, "Too many articles", "At most " + MAX_ARTICLES + " articles per request, got " + items.size() + ".", req.path());
        }
        IngestReport report;
        Source source = sink -> bounded.forEach(sink);
        report = backend.ingestAndRefresh(List.of(source));
        if (report.added() == 0 && report.alreadyStored() == 0) {
            return ApiResponses.problem(new ProblemDetail("urn:newsgraph:problem:no-usable-article", "No usable article", 422,
                    "None of the " + items.size() + " input(s) could be used: " + report.skipped().get(0).message(), req.path(),
                    report.skipped().stream().map(p -> new ProblemDetail.InvalidParam(p.location(), p.code() + ": " + p.message())).toList()));
        }
        return ApiResponses.json(report.added() > 0 ? 201 : 200, report);
    }

    /**
     * The item, or a {@code too-long} problem when a field is longer than the store keeps: an API client is told
     * (422 when nothing else in the request is usable) rather than having the value cut behind its back.
     */
    static SourceItem withinBounds(SourceItem item) {
        if (!(item instanceof SourceItem.Document d)) {
            return item;
        }
        SourceHints h = d.document().hints();
        String where = d.document().location().length() > 300 ? "api:article" : d.document().location();
        String field = tooLong("id", h.id(), ArticleBounds.MAX_ID);
        field = field != null ? field : tooLong("url", h.url(), ArticleBounds.MAX_URL);
        field = field != null ? field : tooLong("outlet", h.outlet(), 500);
        field = field != null ? field : tooLong("title", h.title(), 4000);
        return field == null ? item : new SourceItem.Skipped(new Problem("too-long", field, where));
    }

    private static String tooLong(String name, String value, int max) {
        return value != null && value.length() > max
                ? "'" + name + "' has " + value.length() + " characters; at most " + max + " are accepted" : null;
    }

    private static String charset(Request req) {
        String type = req.header("content-type").orElse("").toLowerCase(Locale.ROOT);
        int i = type.indexOf("charset=");
        if (i < 0) {
            return null;
        }
        String name = type.substring(i + 8).replace("\"", "").strip();
        try {
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The article records of a JSON body, each parsed as one JSON line; empty when the body is not JSON. */
    static Optional<List<SourceItem>> jsonItems(String body) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        JsonNode list = root.isObject() && root.has("articles") ? root.get("articles") : root;
        List<JsonNode> nodes = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(nodes::add);
        } else if (list.isObject()) {
            nodes.add(list);
        } else {
            return Optional.empty();
        }
        List<SourceItem> items = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            items.add(JsonLines.parse(nodes.get(i).toString(), "api:articles[" + i + "]"));
        }
        return Optional.of(items);
    }
}
