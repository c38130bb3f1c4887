package org.newsgraph.pipeline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small suffix-stripping stemmer for English verbs and nouns, good enough to match the cue words of the event
 * ontology against inflected text ({@code meets, meeting, met -> meet}). Irregular forms come from the data file
 * {@code irregular-forms.txt}. The same function is applied to cue words and to text, so a crude stem is harmless
 * as long as both sides agree. Thread-safe (immutable); any string, even empty, yields a stem.
 */
public final class EnglishStemmer {
    private static final String[] SUFFIXES = {"ing", "ed", "es", "s", "e"};
    private final Map<String, String> irregular;

    private EnglishStemmer(Map<String, String> irregular) {
        this.irregular = Map.copyOf(irregular);
    }

    /** The stemmer with the bundled irregular forms. */
    public static EnglishStemmer standard() {
        return Holder.STANDARD;
    }

    /** The stem of one word; case is ignored. */
    public String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        w = irregular.getOrDefault(w, w);
        if (w.endsWith("ise") || w.endsWith("ised") || w.endsWith("ising") || w.endsWith("ises")) {
            w = w.replaceFirst("is(e|ed|ing|es)$", "iz$1");
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3 && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.endsWith("y") && w.length() > 3) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w.charAt(n - 1))) {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiou".indexOf(c) < 0;
    }

    private static final class Holder {
        static final EnglishStemmer STANDARD = new EnglishStemmer(read("irregular-forms.txt"));

        private static Map<String, String> read(String resource) {
            Map<String, String> forms = new HashMap<>();
            try (InputStream in = EnglishStemmer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String content = line.replaceFirst("#.*", "").strip();
                    if (content.isEmpty()) {
                        continue;
                    }
                    String[] parts = content.split("\\s+");
                    for (int i = 1; i < parts.length; i++) {
                        forms.put(parts[i].toLowerCase(Locale.ROOT), parts[0].toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return forms;
        }
    }
}
