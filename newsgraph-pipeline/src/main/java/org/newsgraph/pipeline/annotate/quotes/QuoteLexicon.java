package org.newsgraph.pipeline.annotate.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words quotation attribution looks for, read from the data files {@code reporting-cues.txt} (reporting
 * verbs and phrases), {@code speaker-heads.txt} (head nouns of nominal speakers) and {@code person-heads.txt}
 * (head nouns of descriptions of one person) and {@code group-heads.txt} (plural nouns for the members of a body
 * speaking together). Immutable and thread-safe.
 *
 * @param cues        reporting cues, lower case
 * @param heads       head nouns of nominal speaker descriptions, lower case
 * @param personHeads head nouns of definite descriptions of one person ("the Orion chief executive"), lower case
 * @param groupHeads  plural head nouns of the members of a body speaking as one ("the soldiers", "the leaders"),
 *                    lower case
 */
public record QuoteLexicon(List<String> cues, Set<String> heads, Set<String> personHeads, Set<String> groupHeads) {
    public QuoteLexicon {
        cues = List.copyOf(cues);
        heads = Set.copyOf(heads);
        personHeads = Set.copyOf(personHeads);
        groupHeads = Set.copyOf(groupHeads);
    }

    /** The English lists shipped with the project; a missing data file is a build fault and fails fast. */
    public static QuoteLexicon english() {
        return new QuoteLexicon(lines("reporting-cues.txt"), Set.copyOf(lines("speaker-heads.txt")),
                Set.copyOf(lines("person-heads.txt")), Set.copyOf(lines("group-heads.txt")));
    }

    /** A pattern matching any cue as whole words, case-insensitively, longest cue first. */
    Pattern cuePattern() {
        String alternation = cues.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(c -> Pattern.quote(c).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}-])(?:" + alternation + ")(?![\\p{L}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean isHead(String word) {
        return heads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} heads a description of one person ("executive" in "the Orion chief executive"). */
    boolean isPersonHead(String word) {
        return personHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} names the members of a body speaking together ("soldiers" in "the soldiers said"). */
    boolean isGroupHead(String word) {
        return groupHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = QuoteLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    out.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
