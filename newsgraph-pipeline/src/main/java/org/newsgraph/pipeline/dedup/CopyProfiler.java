package org.newsgraph.pipeline.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into sentences and hashes each one for copy detection ({@link CopyProfile}). Words are runs of
 * letters and digits, lower-cased with {@link Locale#ROOT}. A sentence ends at a line break, or at {@code . ! ?}
 * followed by a word that starts with a capital letter (with or without a space between them: run-together
 * paragraphs of scraped pages are split too). Abbreviations such as "Mr." also split; both sides of a comparison
 * are split alike, so that costs nothing. Quotation state follows the marks {@code " \u201C \u201D} and is reset
 * at each line break, so an unbalanced mark spoils one paragraph at most. A sentence counts as quoted when at
 * least half its words lie between quotation marks, or when it reports speech: a speech verb (bundled list
 * {@code speech-verbs.txt}) among its first {@value #SPEECH_VERB_WINDOW} words ("He also said that ...",
 * "Officials added ..."). Sentences under
 * {@value #MIN_WORDS} words (datelines, credits, headers) and those beyond the first {@value #MAX_SENTENCES} are
 * left out. Stateless and thread-safe; any string (also empty) gives a profile, possibly without sentences.
 */
final class CopyProfiler {
    static final int MIN_WORDS = 5;
    static final int MAX_SENTENCES = 200;
    static final int SPEECH_VERB_WINDOW = 4;

    private final Set<String> speechVerbs = load("speech-verbs.txt");

    CopyProfile profile(String text) {
        List<CopyProfile.Sentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int quotedWords = 0;
        boolean inQuote = false;
        boolean end = false;
        int i = 0;
        int n = text.length();
        while (i < n && out.size() < MAX_SENTENCES) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (end && Character.isUpperCase(c)) {
                    flush(words, quotedWords, out);
                    words.clear();
                    quotedWords = 0;
                }
                end = false;
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (inQuote) {
                    quotedWords++;
                }
                continue;
            }
            switch (c) {
                case '\n' -> {
                    flush(words, quotedWords, out);
                    words.clear();
                    quotedWords = 0;
                    inQuote = false;
                    end = false;
                }
                case '.', '!', '?' -> end = true;
                case '\u201C' -> inQuote = true;
                case '\u201D' -> inQuote = false;
                case '"' -> inQuote = !inQuote;
                default -> {
                    // other punctuation and spaces neither end a sentence nor open a quotation
                }
            }
            i++;
        }
        if (out.size() < MAX_SENTENCES) {
            flush(words, quotedWords, out);
        }
        return out.isEmpty() ? CopyProfile.EMPTY : new CopyProfile(out);
    }

    private void flush(List<String> words, int quotedWords, List<CopyProfile.Sentence> out) {
        if (words.size() < MIN_WORDS) {
            return;
        }
        int[] wordHashes = new int[words.size()];
        long fingerprint = 0x84222325cbf29ce4L;
        for (int k = 0; k < words.size(); k++) {
            wordHashes[k] = hash(words.get(k));
            fingerprint = WordShingles.mix(fingerprint ^ wordHashes[k]);
        }
        int[] trigrams = new int[words.size() - 2];
        for (int k = 0; k + 2 < words.size(); k++) {
            long h = WordShingles.mix(((long) wordHashes[k] << 32) ^ (wordHashes[k + 1] & 0xffffffffL));
            h = WordShingles.mix(h ^ wordHashes[k + 2]);
            trigrams[k] = (int) (h ^ (h >>> 32));
        }
        out.add(new CopyProfile.Sentence(distinct(trigrams), distinct(wordHashes.clone()), words.size(),
                2 * quotedWords >= words.size() || reportsSpeech(words), fingerprint));
    }

    private boolean reportsSpeech(List<String> words) {
        for (int k = 0; k < Math.min(SPEECH_VERB_WINDOW, words.size()); k++) {
            if (speechVerbs.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Reads a bundled word list (one lower-case word per line, {@code #} comments); missing is a packaging bug. */
    private static Set<String> load(String name) {
        try (InputStream in = CopyProfiler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int hash(String word) {
        long h = WordShingles.mix(word.hashCode() * 0x9e3779b97f4a7c15L + word.length());
        return (int) (h ^ (h >>> 32));
    }

    private static int[] distinct(int[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int k = 0; k < values.length; k++) {
            if (k == 0 || values[k] != values[k - 1]) {
                values[n++] = values[k];
            }
        }
        return n == values.length ? values : Arrays.copyOf(values, n);
    }
}
