package org.newsgraph.pipeline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.Format;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/**
 * Reads one JSON-lines record into a document. Recognised fields (first present wins): id ({@code id}, {@code ID}),
 * url, title, body as text ({@code text}, {@code content_original}, {@code content}, {@code body}) or
 * {@code html}, publication date ({@code published}, {@code date_iso}, {@code date}; ISO {@code YYYY-MM-DD} or
 * an ISO timestamp) and outlet ({@code outlet}, {@code source}). Only the body is required. Thread-safe.
 */
public final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ID = List.of("id", "ID");
    private static final List<String> TEXT = List.of("text", "content_original", "content", "body");
    private static final List<String> PUBLISHED = List.of("published", "date_iso", "date");
    private static final List<String> OUTLET = List.of("outlet", "source");

    private JsonLines() {
    }

    /**
     * Where a line stops being JSON, in words a user reads: the column and the characters there (the parser's own
     * message names its internals, so it is not shown).
     */
    private static String where(JsonProcessingException e, String line) {
        if (e.getLocation() == null || e.getLocation().getColumnNr() < 1) {
            return "";
        }
        int column = e.getLocation().getColumnNr();
        int from = Math.max(0, Math.min(line.length(), column - 1) - 10);
        String near = line.substring(from, Math.min(line.length(), from + 20)).replaceAll("\\s+", " ").strip();
        return column > line.length() ? " (the line ends before the record is closed)"
                : " at column " + column + (near.isEmpty() ? "" : " (near '" + near + "')");
    }

    /** Parses one line; {@code location} names it in problems (e.g. {@code file.jsonl:12}). */
    public static SourceItem parse(String line, String location) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return skipped("malformed-json", "not valid JSON" + where(e, line), location);
        }
        if (node == null || !node.isObject()) {
            return skipped("malformed-json", "a line must hold one JSON object", location);
        }
        String html = text(node, List.of("html"));
        String body = text(node, TEXT);
        if ((body == null || body.isBlank()) && (html == null || html.isBlank())) {
            return skipped("no-body", "the record has no text or html field with content", location);
        }
        LocalDate published = null;
        String rawDate = text(node, PUBLISHED);
        if (rawDate != null && !rawDate.isBlank()) {
            published = IsoDates.parse(rawDate);
        }
        SourceHints hints = new SourceHints(text(node, ID), text(node, List.of("url")), text(node, List.of("title")),
                published, text(node, OUTLET));
        boolean isHtml = body == null || body.isBlank();
        byte[] bytes = (isHtml ? html : body).getBytes(StandardCharsets.UTF_8);
        return new SourceItem.Document(new RawDocument(location, bytes, isHtml ? Format.HTML : Format.TEXT, "UTF-8", hints));
    }

    private static String text(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                String s = value.isValueNode() ? value.asText() : null;
                if (s != null && !s.isBlank()) {
                    return s;
                }
            }
        }
        return null;
    }

    private static SourceItem skipped(String code, String message, String location) {
        return new SourceItem.Skipped(new Problem(code, message, location));
    }
}
