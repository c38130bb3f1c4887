package org.newsgraph.store.codec;

/**
 * What the small TOML-style settings files of Newsgraph ({@code newsgraph.toml} and its {@code [serve]} section, the
 * server store's settings) have in common: a {@code #} outside double quotes starts a comment. Each reader checks its
 * own keys and values. Stateless, thread-safe.
 */
public final class ConfigLines {
    private ConfigLines() {
    }

    /** The line without its comment (a {@code #} outside double quotes and what follows it). */
    public static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
