package org.newsgraph.server.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decoded query parameters in order of appearance. Malformed percent escapes are kept literally instead of
 * failing; a parameter without {@code =} has the empty value. Immutable and thread-safe.
 */
public final class QueryParams {
    public static final QueryParams EMPTY = new QueryParams(Map.of());

    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses a raw query string ({@code null} or empty gives {@link #EMPTY}). */
    public static QueryParams parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new QueryParams(frozen);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The first value, blank values treated as absent. */
    public Optional<String> first(String name) {
        List<String> v = values.get(name);
        if (v == null) {
            return Optional.empty();
        }
        return v.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public java.util.Set<String> names() {
        return values.keySet();
    }
}
