package org.newsgraph.pipeline.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words read from a bundled resource (one per line, {@code #} comments). Immutable and
 * thread-safe.
 */
record WordList(Set<String> words) {
    WordList {
        words = Set.copyOf(words);
    }

    boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    /** Loads a resource next to this class; a missing resource is a packaging bug and fails loudly. */
    static WordList load(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            return new WordList(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
