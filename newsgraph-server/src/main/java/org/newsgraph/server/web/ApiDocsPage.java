package org.newsgraph.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.newsgraph.store.codec.Json;

/**
 * {@code /docs/api}: the API described in {@code /openapi.json}, for people: each endpoint with its summary, its
 * parameters and a curl example (the example fills required path parameters with a placeholder and shows the first
 * query parameter). Rendered once from the document shipped with the server; thread-safe.
 */
final class ApiDocsPage {
    private static final String HTML = render(load());

    private ApiDocsPage() {
    }

    static String html() {
        return HTML;
    }

    private static JsonNode load() {
        try (InputStream in = ApiDocsPage.class.getResourceAsStream("/org/newsgraph/server/api/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the build");
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read openapi.json", e);
        }
    }

    static String render(JsonNode doc) {
        StringBuilder sb = new StringBuilder("<h1>API</h1><p class=\"lead\">")
                .append(Html.esc(doc.path("info").path("description").asText(doc.path("info").path("title").asText("The Newsgraph API"))))
                .append("</p><p>The machine-readable description is <a href=\"/openapi.json\">/openapi.json</a> (OpenAPI ")
                .append(Html.esc(doc.path("openapi").asText())).append("). In the examples, <code>$NEWSGRAPH</code> is the server's address, "
                        + "e.g. <code>NEWSGRAPH=http://127.0.0.1:8080</code>. Errors are <code>application/problem+json</code> documents; "
                        + "writes need <code>Authorization: Bearer TOKEN</code> when the server was started with <code>--token</code>.</p>");
        sb.append("<nav aria-label=\"Endpoints\"><ul>");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
                String method = m.next();
                sb.append("<li><a href=\"#").append(Html.esc(anchor(method, p.getKey()))).append("\"><code>")
                        .append(Html.esc(method.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())).append("</code></a></li>");
            }
        }
        sb.append("</ul></nav>");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = p.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> op = m.next();
                endpoint(sb, p.getKey(), op.getKey(), op.getValue());
            }
        }
        return sb.toString();
    }

    private static void endpoint(StringBuilder sb, String path, String method, JsonNode op) {
        String verb = method.toUpperCase(java.util.Locale.ROOT);
        sb.append("<section id=\"").append(Html.esc(anchor(method, path))).append("\"><h2><code>").append(Html.esc(verb + " " + path))
                .append("</code></h2><p>").append(Html.esc(op.path("summary").asText(""))).append("</p>");
        String example = path;
        String firstQuery = null;
        if (op.path("parameters").size() > 0) {
            sb.append("<table><thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">In</th><th scope=\"col\">Required</th>"
                    + "<th scope=\"col\">Description</th></tr></thead><tbody>");
            for (JsonNode param : op.path("parameters")) {
                String name = param.path("name").asText();
                String in = param.path("in").asText();
                sb.append("<tr><td><code>").append(Html.esc(name)).append("</code></td><td>").append(Html.esc(in)).append("</td><td>")
                        .append(param.path("required").asBoolean(false) ? "yes" : "no").append("</td><td>")
                        .append(Html.esc(param.path("description").asText(""))).append("</td></tr>");
                if (in.equals("path")) {
                    example = example.replace("{" + name + "}", name.toUpperCase(java.util.Locale.ROOT));
                } else if (in.equals("query") && firstQuery == null) {
                    firstQuery = name;
                }
            }
            sb.append("</tbody></table>");
        }
        String curl;
        if (verb.equals("GET")) {
            curl = "curl \"$NEWSGRAPH" + example + (firstQuery == null ? "" : "?" + firstQuery + "=VALUE") + "\"";
        } else {
            curl = "curl -X " + verb + " -H 'Content-Type: application/json' -H \"Authorization: Bearer $TOKEN\" \\\n"
                    + "     --data '{\"articles\": [{\"title\": \"…\", \"text\": \"…\", \"url\": \"https://…\"}]}' \"$NEWSGRAPH" + example + "\"";
        }
        sb.append("<pre><code>").append(Html.esc(curl)).append("</code></pre></section>");
    }

    private static String anchor(String method, String path) {
        return (method + path).replaceAll("[^A-Za-z0-9]+", "-");
    }
}
