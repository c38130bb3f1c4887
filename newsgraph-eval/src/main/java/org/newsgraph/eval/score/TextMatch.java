package org.newsgraph.eval.score;

import java.util.Locale;
import java.util.Set;

/**
 * The matching every metric uses: differences of whitespace (including no-break spaces) and of quote-mark style
 * (“ ” " ‘ ’ ') are ignored; everything else must be equal. Thread-safe.
 */
public final class TextMatch {
    private static final Set<String> OUTLET_NOISE = Set.of("the", "news", "agency", "online", "com", "www", "media", "newspaper");

    private TextMatch() {
    }

    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            switch (c) {
                case '“', '”', '„', '‟', '«', '»' -> out.append('"');
                case '‘', '’', '‚', '‛', '′' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static boolean same(String a, String b) {
        return a == null ? b == null : b != null && normalize(a).equals(normalize(b));
    }

    /** Whether {@code needle} occurs in {@code haystack}, both normalized. */
    public static boolean contains(String haystack, String needle) {
        return haystack != null && needle != null && normalize(haystack).contains(normalize(needle));
    }

    /**
     * Outlet names match when, lower-cased, with the gold's parenthetical dropped and the noise words
     * (the, news, agency, online, com, www, media, newspaper) removed, their space-free forms are equal or one's
     * word set is a non-empty subset of the other's.
     */
    public static boolean sameOutlet(String system, String gold) {
        if (system == null || gold == null) {
            return system == null && gold == null;
        }
        Set<String> s = outletWords(system);
        Set<String> g = outletWords(gold.replaceAll("\\([^)]*\\)", " "));
        if (s.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (String.join("", new java.util.TreeSet<>(s)).equals(String.join("", new java.util.TreeSet<>(g)))
                || squash(system).equals(squash(gold.replaceAll("\\([^)]*\\)", " ")))) {
            return true;
        }
        return s.containsAll(g) || g.containsAll(s);
    }

    private static String squash(String name) {
        return String.join("", outletWordList(name));
    }

    private static Set<String> outletWords(String name) {
        return new java.util.LinkedHashSet<>(outletWordList(name));
    }

    private static java.util.List<String> outletWordList(String name) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !OUTLET_NOISE.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
