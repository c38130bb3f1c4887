package org.newsgraph.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps method and path to a handler. Patterns are literal segments and {@code {name}} segments that match one
 * non-empty segment. Build it once at start-up; lookups are thread-safe afterwards.
 */
public final class Router {
    /** What a lookup found: a handler with its path parameters, or why none matched. */
    public sealed interface Match {
        record Found(Handler handler, Map<String, String> params) implements Match {
        }

        /** The path exists, but not for this method. */
        record WrongMethod(List<String> allowed) implements Match {
        }

        record NotFound() implements Match {
        }
    }

    private record Route(String method, String[] segments, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Router add(String method, String pattern, Handler handler) {
        routes.add(new Route(method, split(pattern), handler));
        return this;
    }

    public Match match(String method, String path) {
        String[] parts = split(path);
        List<String> allowed = new ArrayList<>();
        for (Route r : routes) {
            Optional<Map<String, String>> params = bind(r.segments(), parts);
            if (params.isEmpty()) {
                continue;
            }
            if (r.method().equals(method) || (method.equals("HEAD") && r.method().equals("GET"))) {
                return new Match.Found(r.handler(), params.get());
            }
            allowed.add(r.method());
        }
        return allowed.isEmpty() ? new Match.NotFound() : new Match.WrongMethod(List.copyOf(allowed));
    }

    private static Optional<Map<String, String>> bind(String[] pattern, String[] parts) {
        if (pattern.length != parts.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") && p.endsWith("}")) {
                if (parts[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(p.substring(1, p.length() - 1), decode(parts[i]));
            } else if (!p.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /** Percent-decodes one raw path segment ({@code +} stays a plus); a malformed escape is kept literally. */
    private static String decode(String segment) {
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }
}
