package org.newsgraph.pipeline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What we know about outlet names, from data files: agency codes as written in datelines
 * ({@code agencies.tsv}: "Xinhua", "IP", "Reuters") and known news hosts ({@code news-hosts.tsv}). Immutable,
 * thread-safe.
 */
public final class OutletNames {
    private static final OutletNames DEFAULT = new OutletNames();

    private final Map<String, String> agencies = new HashMap<>();
    private final Map<String, String> hosts = new HashMap<>();

    private OutletNames() {
        for (String[] row : TsvResource.rows("agencies.tsv")) {
            agencies.put(row[0], row[1]);
        }
        for (String[] row : TsvResource.rows("news-hosts.tsv")) {
            hosts.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
    }

    public static OutletNames standard() {
        return DEFAULT;
    }

    /** The outlet an agency code names ("Mehr" → "Mehr News Agency"), case-sensitive; empty if unknown. */
    public Optional<String> agency(String code) {
        return Optional.ofNullable(code == null ? null : agencies.get(code.strip()));
    }

    /** The outlet of a known host or any of its parent domains ("edition.cnn.com" → "CNN"); empty if unknown. */
    public Optional<String> knownHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            String name = hosts.get(h);
            if (name != null) {
                return Optional.of(name);
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    /**
     * A readable name from a host's main label when the host is not known: "www.pledgetimes.com" →
     * "Pledgetimes", "newsfeeds.media" → "Newsfeeds", "harbouronline.com" → "Harbour Online". Empty for hosts without a usable label (IP addresses).
     */
    public Optional<String> hostLabel(String host) {
        if (host == null || host.isBlank() || host.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':')) {
            return Optional.empty();
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int main = labels.length - 2;
        if (main > 0 && labels[labels.length - 1].length() == 2 && SECOND_LEVEL.contains(labels[main])) {
            main--;
        }
        if (main < 0) {
            main = 0;
        }
        String label = labels[main];
        if (label.isEmpty()) {
            return Optional.empty();
        }
        for (String suffix : SPLIT_SUFFIXES) {
            if (label.length() >= suffix.length() + 4 && label.endsWith(suffix)) {
                String stem = label.substring(0, label.length() - suffix.length());
                return Optional.of(capitalise(stem) + " " + capitalise(suffix));
            }
        }
        return Optional.of(capitalise(label));
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Words commonly glued to the end of an outlet's host label ("paloaltoonline" → "Paloalto Online"). */
    private static final List<String> SPLIT_SUFFIXES = List.of("online", "live");
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "ac", "edu", "news");

    /** The host of a URL, lower-cased, without {@code www.}; empty when there is none. */
    public static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String host = url.substring(start, end);
        int at = host.lastIndexOf('@');
        host = at >= 0 ? host.substring(at + 1) : host;
        int colon = host.indexOf(':');
        host = colon >= 0 ? host.substring(0, colon) : host;
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }
}
