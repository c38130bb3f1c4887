package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.codec.ConfigLines;
import org.newsgraph.store.watch.WatchSettingsParser;

/**
 * The {@code [serve]} section of {@code newsgraph.toml}: defaults for {@code newsgraph serve} that its command-line
 * options override. Keys: {@code port} (0..65535), {@code max_body} (bytes, at least 1024), {@code alert_seconds}
 * (0 or more) and {@code watch} ({@code true} or {@code false}); each is null when the file does not set it. The
 * lines before the first section are the watch settings ({@link WatchSettingsParser}); an unknown section, an unknown
 * or repeated key, or a bad value is a failed outcome naming the line. Immutable.
 */
record ServeConfig(Integer port, Integer maxBody, Integer alertSeconds, Boolean watch) {
    static final ServeConfig NONE = new ServeConfig(null, null, null, null);
    private static final List<String> KEYS = List.of("alert_seconds", "max_body", "port", "watch");

    static Outcome<ServeConfig> parse(String text, Path location) {
        Map<String, String> values = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        boolean inServe = false;
        for (int n = 0; n < lines.length; n++) {
            String line = ConfigLines.withoutComment(lines[n]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = location + " line " + (n + 1);
            if (line.startsWith("[")) {
                if (!WatchSettingsParser.SECTIONS.contains(line)) {
                    return fail(where + ": unknown section '" + line + "' (known: " + String.join(", ", WatchSettingsParser.SECTIONS) + ")");
                }
                inServe = line.equals("[serve]");
                continue;
            }
            if (!inServe) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                return fail(where + ": expected key = value, got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                return fail(where + ": unknown key '" + key + "' in [serve] (known: " + String.join(", ", KEYS) + ")");
            }
            if (values.put(key, line.substring(eq + 1).strip()) != null) {
                return fail(where + ": '" + key + "' is set twice");
            }
        }
        try {
            return Outcome.ok(new ServeConfig(number(values, "port", 0, 65535), number(values, "max_body", 1024, Integer.MAX_VALUE),
                    number(values, "alert_seconds", 0, Integer.MAX_VALUE), bool(values, "watch")));
        } catch (IllegalArgumentException e) {
            return fail(location + " [serve]: " + e.getMessage());
        }
    }

    private static Integer number(Map<String, String> values, String key, int min, int max) {
        String v = values.get(key);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,10}") || Long.parseLong(v) < min || Long.parseLong(v) > max) {
            throw new IllegalArgumentException("'" + key + "' must be a whole number from " + min + " to " + max + ", got '" + v + "'");
        }
        return Integer.parseInt(v);
    }

    private static Boolean bool(Map<String, String> values, String key) {
        String v = values.get(key);
        if (v == null) {
            return null;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("'" + key + "' must be true or false, got '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    private static Outcome<ServeConfig> fail(String message) {
        return Outcome.failed("bad-config", message, "config");
    }
}
