package org.newsgraph.server.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the handlers see it: the body is already read (and bounded by the server's size limit).
 *
 * @param method     upper-case HTTP method
 * @param path       decoded path, without the query
 * @param query      query parameters
 * @param headers    request headers, names in lower case
 * @param body       the body bytes (empty when none)
 * @param pathParams values of the {@code {name}} segments of the matched route
 */
public record Request(String method, String path, QueryParams query, Map<String, List<String>> headers, byte[] body,
                      Map<String, String> pathParams) {
    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? QueryParams.EMPTY : query;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
        pathParams = pathParams == null ? Map.of() : Map.copyOf(pathParams);
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The media type of the body without parameters, in lower case; empty when not stated. */
    public String mediaType() {
        String type = header("content-type").orElse("");
        int semicolon = type.indexOf(';');
        return (semicolon >= 0 ? type.substring(0, semicolon) : type).trim().toLowerCase(Locale.ROOT);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String pathParam(String name) {
        return pathParams.getOrDefault(name, "");
    }

    /** The same request with the matched route's path parameters. */
    public Request withPathParams(Map<String, String> params) {
        return new Request(method, path, query, headers, body, params);
    }
}
