package org.newsgraph.pipeline.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Content words as dense ids with their document frequencies, growing as articles arrive. The inverse document
 * frequency of a word therefore depends on what has been seen so far; {@link SignalEventClusterer#snapshot()}
 * recomputes scores with the final frequencies so that the result does not depend on arrival order. Not
 * thread-safe.
 */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] documentFrequency = new int[1024];
    private int documents;

    int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = ids.size();
            ids.put(word, id);
            if (id >= documentFrequency.length) {
                documentFrequency = Arrays.copyOf(documentFrequency, documentFrequency.length * 2);
            }
        }
        return id;
    }

    /** Counts one document holding these distinct term ids. */
    void count(int[] distinctTerms) {
        documents++;
        for (int t : distinctTerms) {
            documentFrequency[t]++;
        }
    }

    double idf(int term) {
        return Math.log((documents + 1.0) / (documentFrequency[term] + 1.0)) + 1.0;
    }
}
