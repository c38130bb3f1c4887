package org.newsgraph.pipeline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.pipeline.place.Gazetteer;

/**
 * Titles of people ({@code title-words.txt}) that the entity layer sometimes reads as places: a place mention that
 * opens with one and that the {@link Gazetteer} does not know names a person's title, not a place. Loaded once.
 */
final class TitleWords {
    private static final Set<String> WORDS = load();

    private TitleWords() {
    }

    /** Whether {@code surface} ("Crown Prince", "the Emir") reads as a title rather than a place. */
    static boolean titled(String surface) {
        String s = surface.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        String first = s.split("[\\s-]+")[0];
        return WORDS.contains(first) && !Gazetteer.bundled().knows(surface);
    }

    private static Set<String> load() {
        try (InputStream in = TitleWords.class.getResourceAsStream("title-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("the bundled table title-words.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
