package org.newsgraph.store.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.StoreException;

/**
 * Full-text search over articles in an OpenSearch index, through its REST API: id (keyword), title (boosted ×2 as in
 * the embedded index) and text, both with the analyzer given ({@code english} on a full distribution, as the embedded
 * index; {@code standard} where the analysis-common module is missing, as in the integ-test distribution). Indexing is idempotent (the document id
 * is the article id); indexed articles are sent in bulk and made visible by {@link #commit}. Queries use the same
 * syntax as the embedded index (Lucene's classic query syntax, through {@code query_string}); one that syntax cannot
 * parse is read as plain words (as the embedded index does), and an empty one is {@code bad-query}. Thread-safe.
 */
public final class OpenSearchIndex implements SearchIndex {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BULK = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String index;
    private final String analyzer;
    private final List<Article> pending = new ArrayList<>();

    private OpenSearchIndex(URI base, String index, String analyzer) {
        this.base = base;
        this.index = index;
        this.analyzer = analyzer;
    }

    /**
     * Connects to {@code base} (e.g. {@code http://127.0.0.1:9200}) and creates the index with {@code analyzer} for
     * title and text when it does not exist.
     */
    public static OpenSearchIndex open(URI base, String index, String analyzer) {
        if (!index.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("an OpenSearch index name is lower-case letters, digits, _ and -");
        }
        OpenSearchIndex os = new OpenSearchIndex(base, index, analyzer);
        os.create();
        return os;
    }

    private void create() {
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/" + index)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        if (head.statusCode() == 200) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", 0);
        ObjectNode props = body.putObject("mappings").putObject("properties");
        props.putObject("id").put("type", "keyword");
        props.putObject("title").put("type", "text").put("analyzer", analyzer);
        props.putObject("text").put("type", "text").put("analyzer", analyzer);
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/" + index)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (r.statusCode() != 200 && !r.body().contains("resource_already_exists_exception")) {
            throw new StoreException("OpenSearch at " + base + " refused to create the index " + index + ": " + reason(r));
        }
    }

    @Override
    public void index(Article article) {
        List<Article> batch = null;
        synchronized (pending) {
            pending.add(article);
            if (pending.size() >= BULK) {
                batch = new ArrayList<>(pending);
                pending.clear();
            }
        }
        if (batch != null) {
            bulk(batch);
        }
    }

    private void bulk(List<Article> batch) {
        StringBuilder nd = new StringBuilder();
        for (Article a : batch) {
            ObjectNode action = JSON.createObjectNode();
            action.putObject("index").put("_index", index).put("_id", a.id());
            ObjectNode doc = JSON.createObjectNode();
            doc.put("id", a.id());
            doc.put("title", a.metadata().titleText().orElse(""));
            doc.put("text", a.text());
            nd.append(action).append('\n').append(doc).append('\n');
        }
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/_bulk")).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(nd.toString())));
        if (r.statusCode() != 200 || read(r).path("errors").asBoolean(false)) {
            throw new StoreException("OpenSearch at " + base + " did not index " + batch.size() + " articles: " + reason(r));
        }
    }

    @Override
    public void commit() {
        List<Article> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        if (!batch.isEmpty()) {
            bulk(batch);
        }
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/" + index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
        if (r.statusCode() != 200) {
            throw new StoreException("OpenSearch at " + base + " did not refresh " + index + ": " + reason(r));
        }
    }

    @Override
    public Outcome<List<SearchHit>> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return Outcome.failed("bad-query", "the query is empty", "search");
        }
        HttpResponse<String> r = query(query, "query_string", limit);
        if (r.statusCode() == 400) {
            // not in the query syntax (an unbalanced quote or bracket): its words, as the embedded index reads it
            r = query(query, "simple_query_string", limit);
        }
        if (r.statusCode() == 400) {
            return Outcome.failed("bad-query", "the query cannot be read: " + reason(r), "search");
        }
        if (r.statusCode() != 200) {
            throw new StoreException("OpenSearch at " + base + " failed a search: " + reason(r));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode h : read(r).path("hits").path("hits")) {
            JsonNode src = h.path("_source");
            JsonNode fragment = h.path("highlight").path("text").path(0);
            String text = src.path("text").asText("");
            String excerpt = fragment.isMissingNode() ? text.substring(0, Math.min(200, text.length())) : fragment.asText();
            String title = src.path("title").asText("");
            hits.add(new SearchHit(src.path("id").asText(), title.isEmpty() ? null : title, (float) h.path("_score").asDouble(), excerpt));
        }
        return Outcome.ok(hits);
    }

    private HttpResponse<String> query(String query, String kind, int limit) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", Math.max(1, limit));
        ObjectNode qs = body.putObject("query").putObject(kind);
        qs.put("query", query);
        qs.putArray("fields").add("title^2").add("text");
        qs.put("default_operator", "OR");
        body.putArray("sort").add(JSON.createObjectNode().put("_score", "desc")).add(JSON.createObjectNode().put("id", "asc"));
        body.put("track_scores", true);
        ObjectNode hl = body.putObject("highlight");
        hl.put("pre_tags", "").put("post_tags", "");
        hl.putObject("fields").putObject("text").put("fragment_size", 200).put("number_of_fragments", 1);
        return send(HttpRequest.newBuilder(uri("/" + index + "/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    @Override
    public int documentCount() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/" + index + "/_count")).GET());
        if (r.statusCode() != 200) {
            throw new StoreException("OpenSearch at " + base + " cannot count " + index + ": " + reason(r));
        }
        return read(r).path("count").asInt();
    }

    private URI uri(String path) {
        return base.resolve(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot reach OpenSearch at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while talking to OpenSearch at " + base, e);
        }
    }

    private static JsonNode read(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new StoreException("OpenSearch answered something that is not JSON (status " + r.statusCode() + ")", e);
        }
    }

    /** The root cause OpenSearch gives, in one line. */
    private static String reason(HttpResponse<String> r) {
        try {
            JsonNode n = JSON.readTree(r.body());
            JsonNode cause = n.path("error").path("root_cause").path(0).path("reason");
            if (cause.isMissingNode()) {
                cause = n.path("error").path("reason");
            }
            return cause.isMissingNode() ? "status " + r.statusCode() : cause.asText();
        } catch (IOException e) {
            return "status " + r.statusCode();
        }
    }

}
