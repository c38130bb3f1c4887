package org.newsgraph.eval.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.Outcome;

/**
 * Reads the two main-text extraction sets: trafilatura's {@code evaldata.json} (halved as {@code SETS.md} says:
 * the keys sorted as plain strings, even positions train, odd test) and the Zyte {@code ground-truth.json}, and
 * the gzip-compressed pages of both. A missing or malformed file is a failed outcome naming it. Stateless,
 * thread-safe.
 */
public final class ExtractionSetReader {
    public static final String TRAFILATURA = "trafilatura-eval";
    public static final String ZYTE = "article-extraction-benchmark";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The pages of trafilatura's set, in sorted key order, at most {@code limit}. */
    public Outcome<List<SnippetPage>> snippetPages(Path data, int limit) {
        Path file = data.resolve(TRAFILATURA).resolve("evaldata.json");
        Outcome<JsonNode> root = json(file);
        if (root instanceof Outcome.Failed<JsonNode> f) {
            return new Outcome.Failed<>(f.problem());
        }
        JsonNode all = ((Outcome.Ok<JsonNode>) root).value();
        if (!all.isObject()) {
            return Outcome.failed("malformed-json", "the evaluation data is not a JSON object of pages", file.toString());
        }
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), e.getValue());
        }
        List<SnippetPage> pages = new ArrayList<>();
        int position = 0;
        for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
            JsonNode n = e.getValue();
            if (!n.path("file").isTextual()) {
                return Outcome.failed("malformed-json", "page " + e.getKey() + " names no file", file.toString());
            }
            pages.add(new SnippetPage(e.getKey(), n.path("file").asText(), strings(n.path("with")), strings(n.path("without")),
                    n.path("title").asText(""), n.path("date").asText(""), position % 2 == 0));
            position++;
        }
        return Outcome.ok(pages.subList(0, Math.min(limit, pages.size())));
    }

    /** The pages of the Zyte set, sorted by id, at most {@code limit}. */
    public Outcome<List<BodyPage>> bodyPages(Path data, int limit) {
        Path file = data.resolve(ZYTE).resolve("ground-truth.json");
        Outcome<JsonNode> root = json(file);
        if (root instanceof Outcome.Failed<JsonNode> f) {
            return new Outcome.Failed<>(f.problem());
        }
        JsonNode all = ((Outcome.Ok<JsonNode>) root).value();
        if (!all.isObject()) {
            return Outcome.failed("malformed-json", "the ground truth is not a JSON object of pages", file.toString());
        }
        TreeMap<String, BodyPage> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), new BodyPage(e.getKey(), e.getValue().path("url").asText(""),
                    e.getValue().path("articleBody").asText("")));
        }
        List<BodyPage> pages = new ArrayList<>(sorted.values());
        return Outcome.ok(pages.subList(0, Math.min(limit, pages.size())));
    }

    /** The bytes of a trafilatura page. */
    public Outcome<byte[]> page(Path data, SnippetPage page) {
        return gunzip(data.resolve(TRAFILATURA).resolve("html").resolve(page.file() + ".gz"));
    }

    /** The bytes of a Zyte page. */
    public Outcome<byte[]> page(Path data, BodyPage page) {
        return gunzip(data.resolve(ZYTE).resolve("html").resolve(page.id() + ".html.gz"));
    }

    private static Outcome<byte[]> gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Outcome.ok(in.readAllBytes());
        } catch (IOException e) {
            return Outcome.failed("unreadable", Files.exists(file) ? "the page is not a readable gzip file" : "the page is missing",
                    file.toString());
        }
    }

    private static Outcome<JsonNode> json(Path file) {
        if (!Files.isRegularFile(file)) {
            return Outcome.failed("unreadable", "the file is missing (is --data the shared data folder?)", file.toString());
        }
        try {
            return Outcome.ok(JSON.readTree(file.toFile()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Outcome.failed("malformed-json", "the file is not valid JSON: " + e.getOriginalMessage(), file.toString());
        } catch (IOException e) {
            return Outcome.failed("unreadable", "the file cannot be read", file.toString());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isTextual() && !n.asText().isEmpty()) {
                out.add(n.asText());
            }
        }
        return out;
    }
}
