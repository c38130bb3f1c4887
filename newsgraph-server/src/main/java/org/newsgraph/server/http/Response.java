package org.newsgraph.server.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers: status, media type, body and extra headers.
 *
 * @param status      HTTP status
 * @param contentType full Content-Type header value
 * @param body        the body bytes
 * @param headers     extra headers (e.g. {@code Location}, {@code Content-Disposition})
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json; charset=utf-8";
    public static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";

    public Response {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static Response text(int status, String contentType, String body) {
        return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response html(int status, String body) {
        return text(status, HTML, body);
    }

    /** The same response with one more header. */
    public Response withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Response(status, contentType, body, h);
    }
}
