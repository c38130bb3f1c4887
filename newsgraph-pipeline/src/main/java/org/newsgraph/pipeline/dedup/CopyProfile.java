package org.newsgraph.pipeline.dedup;

import java.util.List;
import java.util.Objects;

/**
 * An article's sentences in reading order, as copy detection compares them: each sentence's word trigrams and
 * words (hashed, sorted, distinct), its length in words, whether it quotes or reports speech, and a fingerprint of its
 * word sequence (to recognise boilerplate lines repeated across articles). Immutable in use: the arrays are not
 * copied and must not be changed by callers.
 *
 * @param sentences the sentences long enough to compare, in order; empty for a text without any
 */
record CopyProfile(List<Sentence> sentences) {
    /**
     * One sentence.
     *
     * @param trigrams    hashes of its word trigrams, sorted ascending, distinct
     * @param words       hashes of its words, sorted ascending, distinct
     * @param length      its number of words
     * @param quoted      whether it is mostly quotation or reports speech ({@link CopyProfiler})
     * @param fingerprint hash of its lower-cased word sequence
     */
    record Sentence(int[] trigrams, int[] words, int length, boolean quoted, long fingerprint) {
        Sentence {
            Objects.requireNonNull(trigrams, "trigrams");
            Objects.requireNonNull(words, "words");
        }
    }

    static final CopyProfile EMPTY = new CopyProfile(List.of());

    CopyProfile {
        sentences = List.copyOf(sentences);
    }

    /** The sentence fingerprints, distinct, for counting how many articles hold each line. */
    long[] fingerprints() {
        return sentences.stream().mapToLong(Sentence::fingerprint).distinct().toArray();
    }
}
