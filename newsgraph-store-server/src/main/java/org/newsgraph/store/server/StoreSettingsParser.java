package org.newsgraph.store.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.codec.ConfigLines;

/**
 * Reads the server store settings from a small TOML file: {@code key = value} lines, where a value is a "quoted
 * string" or a whole number; {@code #} starts a comment. Keys: {@code postgresql_url} (required), {@code user}
 * (required), {@code password} (default empty; {@code password_env} names an environment variable holding it
 * instead), {@code pool_size} (default 8), {@code opensearch_url} (the search index's cluster; none by default),
 * {@code opensearch_index} (default {@code newsgraph-articles}) and {@code opensearch_analyzer} (default
 * {@code english}). An unknown key, a repeated key, a malformed line or value is a failed
 * outcome naming the line; nothing is thrown. Thread-safe.
 */
public final class StoreSettingsParser {
    private static final List<String> KEYS = List.of("opensearch_analyzer", "opensearch_index", "opensearch_url", "password",
            "password_env", "pool_size", "postgresql_url", "user");

    private StoreSettingsParser() {
    }

    /** The settings in {@code text}, read from {@code location}; {@code env} looks up environment variables. */
    public static Outcome<ServerStoreSettings> parse(String text, String location, java.util.function.UnaryOperator<String> env) {
        Map<String, String> values = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = ConfigLines.withoutComment(lines[n]).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = location + " line " + (n + 1);
            int eq = line.indexOf('=');
            if (eq <= 0) {
                return fail(location, where + ": expected key = value, got '" + clip(line) + "'");
            }
            String key = line.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                return fail(location, where + ": unknown key '" + clip(key) + "' (known: " + String.join(", ", KEYS) + ")");
            }
            if (values.containsKey(key)) {
                return fail(location, where + ": '" + key + "' is set twice");
            }
            String value = value(line.substring(eq + 1).strip());
            if (value == null) {
                return fail(location, where + ": cannot read the value of '" + key + "': use \"text\" or a whole number");
            }
            values.put(key, value);
        }
        for (String required : List.of("postgresql_url", "user")) {
            if (!values.containsKey(required)) {
                return fail(location, location + ": '" + required + "' is missing");
            }
        }
        if (values.containsKey("password") && values.containsKey("password_env")) {
            return fail(location, location + ": set 'password' or 'password_env', not both");
        }
        String password = values.getOrDefault("password", "");
        if (values.containsKey("password_env")) {
            password = env.apply(values.get("password_env"));
            if (password == null) {
                return fail(location, location + ": the environment variable " + values.get("password_env") + " (password_env) is not set");
            }
        }
        int pool = ServerStoreSettings.DEFAULT_POOL_SIZE;
        if (values.containsKey("pool_size")) {
            try {
                pool = Integer.parseInt(values.get("pool_size"));
            } catch (NumberFormatException e) {
                return fail(location, location + ": pool_size must be a whole number, got '" + clip(values.get("pool_size")) + "'");
            }
        }
        try {
            java.net.URI search = values.containsKey("opensearch_url") ? java.net.URI.create(values.get("opensearch_url")) : null;
            return Outcome.ok(new ServerStoreSettings(values.get("postgresql_url"), values.get("user"), password, pool, search,
                    values.getOrDefault("opensearch_index", ServerStoreSettings.DEFAULT_INDEX),
                    values.getOrDefault("opensearch_analyzer", ServerStoreSettings.DEFAULT_ANALYZER)));
        } catch (IllegalArgumentException e) {
            return fail(location, location + ": " + e.getMessage());
        }
    }

    private static String value(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            String inner = raw.substring(1, raw.length() - 1);
            return inner.contains("\"") ? null : inner;
        }
        return raw.matches("-?[0-9]+") ? raw : null;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }

    private static Outcome<ServerStoreSettings> fail(String location, String message) {
        return Outcome.failed("bad-settings", message, location.isBlank() ? "settings" : location);
    }
}
