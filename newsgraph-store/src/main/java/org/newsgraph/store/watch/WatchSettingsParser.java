package org.newsgraph.store.watch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.codec.ConfigLines;

/**
 * Reads the watch settings from a small TOML file ({@code newsgraph.toml}): {@code key = value} lines, where a value
 * is a "quoted string", a whole number, or a [list, of, "strings"]; {@code #} starts a comment. The watch keys come
 * before any section header; a known section ({@link #SECTIONS}) belongs to another command. Keys:
 * {@code feeds}, {@code sitemaps}, {@code folders} (relative folders are resolved against the config file's folder),
 * {@code interval_seconds} (default 900), {@code politeness_seconds} (default 5), {@code retries} (default 3),
 * {@code backoff_seconds} (default 2), {@code user_agent} and {@code pages_per_round} (default 200). An unknown key,
 * a repeated key, a malformed line or value, or a feed or sitemap that is not an http(s) URL is a failed outcome naming
 * the line; nothing is thrown. Thread-safe.
 */
public final class WatchSettingsParser {
    private static final Set<String> KEYS = Set.of("feeds", "folders", "interval_seconds", "politeness_seconds", "retries",
            "backoff_seconds", "user_agent", "sitemaps", "pages_per_round");

    /**
     * The sections other commands read from the same file; their lines are theirs to check. The watch keys are the
     * ones before the first section.
     */
    public static final List<String> SECTIONS = List.of("[serve]");

    private WatchSettingsParser() {
    }

    /** The settings in {@code text}, read from {@code location} (its folder resolves relative folders). */
    public static Outcome<WatchSettings> parse(String text, Path location) {
        Map<String, Object> values = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        boolean inOtherSection = false;
        for (int n = 0; n < lines.length; n++) {
            String line = ConfigLines.withoutComment(lines[n]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = location + " line " + (n + 1);
            if (line.startsWith("[")) {
                if (!SECTIONS.contains(line)) {
                    return fail(where + ": unknown section '" + clip(line) + "' (known: " + String.join(", ", SECTIONS) + ")");
                }
                inOtherSection = true;
                continue;
            }
            if (inOtherSection) {
                continue; // that section's own reader checks it
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                return fail(where + ": expected key = value, got '" + clip(line) + "'");
            }
            String key = line.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                return fail(where + ": unknown key '" + clip(key) + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
            if (values.containsKey(key)) {
                return fail(where + ": '" + key + "' is set twice");
            }
            Object value = value(line.substring(eq + 1).strip());
            if (value == null) {
                return fail(where + ": cannot read the value of '" + key + "': use \"text\", a whole number or [\"a\", \"b\"]");
            }
            values.put(key, value);
        }
        try {
            List<URI> feeds = urls(values, "feeds", "feed", location);
            List<URI> sitemaps = urls(values, "sitemaps", "sitemap", location);
            Path base = location.toAbsolutePath().getParent();
            List<Path> folders = strings(values, "folders").stream().map(f -> base == null ? Path.of(f) : base.resolve(f)).toList();
            return Outcome.ok(new WatchSettings(feeds, sitemaps, folders, Duration.ofSeconds(number(values, "interval_seconds", 900, 1)),
                    Duration.ofSeconds(number(values, "politeness_seconds", 5, 0)), (int) number(values, "retries", 3, 0),
                    Duration.ofSeconds(number(values, "backoff_seconds", 2, 0)),
                    values.containsKey("user_agent") ? string(values, "user_agent") : WatchSettings.DEFAULT_AGENT,
                    (int) Math.min(number(values, "pages_per_round", WatchSettings.DEFAULT_PAGES_PER_ROUND, 1), 100_000)));
        } catch (IllegalArgumentException e) {
            return fail(location + ": " + e.getMessage());
        }
    }

    /** The http(s) URLs listed under {@code key}; an entry that is not one is an {@link IllegalArgumentException}. */
    private static List<URI> urls(Map<String, Object> values, String key, String what, Path location) {
        List<URI> out = new ArrayList<>();
        for (String f : strings(values, key)) {
            URI u;
            try {
                u = URI.create(f);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + " '" + clip(f) + "' is not a URL");
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw new IllegalArgumentException(what + " '" + clip(f) + "' is not an http or https URL");
            }
            out.add(u);
        }
        return out;
    }

    private static Outcome<WatchSettings> fail(String message) {
        return Outcome.failed("bad-config", message, "config");
    }

    /** A String, a Long or a List of Strings; null when malformed. */
    private static Object value(String v) {
        if (v.matches("\"[^\"]*\"")) {
            return v.substring(1, v.length() - 1);
        }
        if (v.matches("-?\\d{1,12}")) {
            return Long.parseLong(v);
        }
        if (v.startsWith("[") && v.endsWith("]")) {
            String inner = v.substring(1, v.length() - 1).strip();
            List<String> out = new ArrayList<>();
            if (inner.isEmpty()) {
                return out;
            }
            String[] items = inner.split(",", -1);
            for (int i = 0; i < items.length; i++) {
                String item = items[i].strip();
                if (item.isEmpty() && i == items.length - 1) {
                    continue; // a trailing comma
                }
                if (!item.matches("\"[^\"]*\"")) {
                    return null;
                }
                out.add(item.substring(1, item.length() - 1));
            }
            return out;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> values, String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            return (List<String>) list;
        }
        throw new IllegalArgumentException("'" + key + "' must be a list like [\"a\", \"b\"]");
    }

    private static String string(Map<String, Object> values, String key) {
        if (values.get(key) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new IllegalArgumentException("'" + key + "' must be a non-empty \"text\"");
    }

    private static long number(Map<String, Object> values, String key, long fallback, long min) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Long l && l >= min) {
            return l;
        }
        throw new IllegalArgumentException("'" + key + "' must be a whole number of at least " + min);
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
