package org.newsgraph.pipeline.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fallback actor finder for articles the language layer has not annotated: runs of capitalised words in the
 * body text ("Iraqi Foreign Minister Fuad Hussein", "ECOWAS"). Each run gives one key: the last word for a
 * person-like run ("hussein", so that "Fuad Hussein" and "Hussein" meet), or the whole run when it ends in a
 * generic head ("supreme national security council"). Words at the start of a sentence count only inside a
 * longer run; alone they only confirm surnames. It finds names, not entities: no types, no aliases. Thread-safe; any text is valid input.
 */
final class CapitalisedNames {
    /** What a run of capitalised words looks like. */
    enum Kind {
        /** Two or more words ending in a non-generic word: likely a person ("Fuad Hussein"). */
        FULL_NAME,
        /** Several words ending in a generic head ("Supreme National Security Council"). */
        PHRASE,
        /** One word inside a sentence ("Shamkhani said", "in Tehran"). */
        SINGLE,
        /** One word opening a sentence: may be an ordinary word, but may also be a surname ("Hussein said"). */
        SENTENCE_START
    }

    /** One run of capitalised words and the key it gives. */
    record Name(String key, Kind kind, int start) {
    }

    private final WordList notNames;

    CapitalisedNames(WordList notNames) {
        this.notNames = notNames;
    }

    List<Name> find(String text) {
        List<Name> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int runStart = -1;
        boolean sentenceStart = true;
        boolean runAtSentenceStart = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                    i++;
                }
                String word = text.substring(start, i);
                int hyphen = word.lastIndexOf('-');
                boolean particle = hyphen > 0 && hyphen <= 3 && hyphen + 1 < word.length()
                        && Character.isUpperCase(word.charAt(hyphen + 1));
                if (particle) {
                    // a short particle before a name ("al-Araji", "Al-Araji", "el-Sisi"): the name is the part after it
                    word = word.substring(hyphen + 1);
                }
                boolean capital = Character.isUpperCase(word.charAt(0));
                if (capital) {
                    if (run.isEmpty()) {
                        runStart = start;
                        runAtSentenceStart = sentenceStart;
                    }
                    run.add(word);
                } else {
                    flush(run, runStart, runAtSentenceStart, out);
                }
                sentenceStart = false;
                // a possessive ’s / 's ends the run after the name
                if (i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && text.charAt(i + 1) == 's') {
                    flush(run, runStart, runAtSentenceStart, out);
                    i += 2;
                }
                continue;
            }
            if (c != ' ') {
                flush(run, runStart, runAtSentenceStart, out);
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '\u201C' || c == ':') {
                sentenceStart = true;
            }
            i++;
        }
        flush(run, runStart, runAtSentenceStart, out);
        return out;
    }

    private void flush(List<String> run, int start, boolean atSentenceStart, List<Name> out) {
        if (run.isEmpty()) {
            return;
        }
        List<String> words = new ArrayList<>(run.size());
        for (String w : run) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        run.clear();
        // drop leading function words and titles ("The", "President")
        while (words.size() > 1 && words.getFirst().length() <= 4 && notNames.contains(words.getFirst())) {
            words.removeFirst();
            atSentenceStart = false;
        }
        if (words.size() == 1) {
            String w = words.getFirst();
            if (!notNames.contains(w) && w.length() > 1) {
                out.add(new Name(w, atSentenceStart ? Kind.SENTENCE_START : Kind.SINGLE, start));
            }
            return;
        }
        String last = words.getLast();
        if (!notNames.contains(last)) {
            out.add(new Name(last, Kind.FULL_NAME, start));
            return;
        }
        boolean meaningful = words.size() >= 3 || words.stream().anyMatch(w -> !notNames.contains(w));
        if (meaningful) {
            out.add(new Name(String.join(" ", words), Kind.PHRASE, start));
        }
    }
}
