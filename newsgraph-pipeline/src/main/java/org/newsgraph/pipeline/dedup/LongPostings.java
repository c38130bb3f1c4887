package org.newsgraph.pipeline.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A compact multimap from 64-bit keys to the article indices filed under them (open addressing plus linked entry
 * arrays, no boxing), for inverted indexes with millions of short posting lists. A key's list stops growing at
 * {@code cap} entries and reports itself as full. Not thread-safe.
 */
final class LongPostings {
    private final int cap;
    private long[] keys = new long[1 << 12];
    private int[] heads = new int[1 << 12];
    private int[] sizes = new int[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int slots;
    private int[] entryArticle = new int[1 << 12];
    private int[] entryNext = new int[1 << 12];
    private int entries;

    LongPostings(int cap) {
        this.cap = cap;
    }

    /** Files {@code article} under {@code key} unless the key's list is full. */
    void add(long key, int article) {
        if (slots * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key);
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            heads[slot] = -1;
            slots++;
        }
        if (sizes[slot] >= cap) {
            return;
        }
        if (entries == entryArticle.length) {
            entryArticle = Arrays.copyOf(entryArticle, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        entryArticle[entries] = article;
        entryNext[entries] = heads[slot];
        heads[slot] = entries++;
        sizes[slot]++;
    }

    /** Calls {@code sink} for each article under {@code key}, unless the list is full (then for none). */
    void forEach(long key, IntConsumer sink) {
        int slot = slot(key);
        if (!used[slot] || sizes[slot] >= cap) {
            return;
        }
        for (int e = heads[slot]; e >= 0; e = entryNext[e]) {
            sink.accept(entryArticle[e]);
        }
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) WordShingles.mix(key) & mask;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldSizes = sizes;
        boolean[] oldUsed = used;
        int n = oldKeys.length * 2;
        keys = new long[n];
        heads = new int[n];
        sizes = new int[n];
        used = new boolean[n];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = slot(oldKeys[i]);
                used[slot] = true;
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
                sizes[slot] = oldSizes[i];
            }
        }
    }
}
