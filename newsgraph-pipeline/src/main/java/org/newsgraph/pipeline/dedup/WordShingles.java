package org.newsgraph.pipeline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word shingles of a text as sorted, distinct 64-bit hashes. Words are runs of letters and digits, lower-cased
 * with {@link Locale#ROOT}; punctuation, quote style and spacing do not matter. Stateless and thread-safe; any
 * string (also empty) is valid input and gives a possibly empty array.
 */
public final class WordShingles {
    private final int size;

    public WordShingles(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1: " + size);
        }
        this.size = size;
    }

    /** Hashes of every run of {@code size} consecutive words (one shingle for a shorter, non-empty text). */
    public long[] of(String text) {
        return shingles(List.of(words(text)));
    }

    /**
     * The shingles of the narrative only: text between quotation marks (on one line, up to
     * {@value #MAX_QUOTE} characters) is left out and no shingle spans a quotation. Independent reports of one
     * press conference share its quotations; copies share the reporter's own sentences.
     */
    public long[] ofNarrative(String text) {
        List<List<String>> parts = new ArrayList<>();
        int from = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '"') {
                int close = closing(text, i);
                if (close > 0) {
                    parts.add(words(text.substring(from, i)));
                    from = close + 1;
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        parts.add(words(text.substring(from)));
        return shingles(parts);
    }

    private static final int MAX_QUOTE = 1500;

    private static int closing(String text, int open) {
        for (int j = open + 1; j < text.length() && j - open <= MAX_QUOTE; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == '\u201D' || c == '"') {
                return j;
            }
        }
        return -1;
    }

    private long[] shingles(List<List<String>> parts) {
        int total = 0;
        for (List<String> words : parts) {
            total += words.isEmpty() ? 0 : Math.max(1, words.size() - size + 1);
        }
        long[] out = new long[total];
        int n = 0;
        for (List<String> words : parts) {
            if (!words.isEmpty()) {
                n = shingles(words, out, n);
            }
        }
        Arrays.sort(out);
        return distinct(out);
    }

    private int shingles(List<String> words, long[] out, int n) {
        int count = Math.max(1, words.size() - size + 1);
        for (int i = 0; i < count; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(words.size(), i + size); j++) {
                String w = words.get(j);
                for (int k = 0; k < w.length(); k++) {
                    h = (h ^ w.charAt(k)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            out[n++] = mix(h);
        }
        return n;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The splitmix64 finaliser: a bijective mix of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
