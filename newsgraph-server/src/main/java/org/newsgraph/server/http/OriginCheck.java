package org.newsgraph.server.http;

import java.util.Locale;
import java.util.Set;

/**
 * What a request says about where it comes from, checked against the address the server is served at: the
 * {@code Host} header (a page on another name that resolves to 127.0.0.1, DNS rebinding, names its own host), and
 * for writes the {@code Origin} and {@code Sec-Fetch-Site} headers (a page of another site that posts a form or
 * a script's request). Clients that are not browsers send neither and pass. Also finds malformed percent-escapes.
 * Stateless and thread-safe.
 */
public final class OriginCheck {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private OriginCheck() {
    }

    /** Whether the method only reads. */
    public static boolean isSafe(String method) {
        return SAFE.contains(method);
    }

    /** Whether {@code host} (the Host header; empty when absent) names this server: a loopback name with its port. */
    public static boolean isServedHost(String host, int port) {
        if (host == null || host.isBlank()) {
            return true;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        for (String name : LOOPBACK_NAMES) {
            if (h.equals(name + ":" + port) || (port == 80 && h.equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a write comes from a page of this server, or from a client that is not a browser. */
    public static boolean isSameOrigin(Request req, int port) {
        var origin = req.header("origin");
        if (origin.isPresent()) {
            String o = origin.get().strip().toLowerCase(Locale.ROOT);
            return o.startsWith("http://") && isServedHost(o.substring(7), port) && !o.substring(7).isEmpty();
        }
        String site = req.header("sec-fetch-site").orElse("none").strip().toLowerCase(Locale.ROOT);
        return site.equals("same-origin") || site.equals("none");
    }

    /** A sentence naming the first malformed percent-escape in the raw path or query, or {@code null} when there is none. */
    public static String malformedEscape(String rawPath, String rawQuery) {
        String where = badEscape(rawPath);
        if (where != null) {
            return "The path has a malformed percent-escape at '" + where + "'; write a literal % as %25.";
        }
        where = rawQuery == null ? null : badEscape(rawQuery);
        return where == null ? null : "The query has a malformed percent-escape at '" + where + "'; write a literal % as %25.";
    }

    private static String badEscape(String s) {
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
            if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                return s.substring(i, Math.min(s.length(), i + 3));
            }
        }
        return null;
    }
}
