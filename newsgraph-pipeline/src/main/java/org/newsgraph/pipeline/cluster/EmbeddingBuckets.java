package org.newsgraph.pipeline.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Locality-sensitive buckets for unit vectors: signs of fixed random hyperplanes (a fixed seed, so buckets are
 * the same in every run), grouped into bands; two vectors with a high cosine share a band key with high
 * probability. Immutable after construction and thread-safe; a vector of any length is accepted (planes are
 * generated lazily per dimension count).
 */
final class EmbeddingBuckets {
    private static final int BANDS = 6;
    private static final int BITS = 8;
    private volatile float[][] planes = new float[0][];

    List<String> keys(float[] v) {
        float[][] p = planesFor(v.length);
        List<String> keys = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            int bits = 0;
            for (int i = 0; i < BITS; i++) {
                if (Vectors.dot(p[b * BITS + i], v) >= 0) {
                    bits |= 1 << i;
                }
            }
            keys.add("e" + b + ":" + bits);
        }
        return keys;
    }

    private float[][] planesFor(int dimensions) {
        float[][] p = planes;
        if (p.length == BANDS * BITS && p[0].length == dimensions) {
            return p;
        }
        SplittableRandom random = new SplittableRandom(20240607L);
        p = new float[BANDS * BITS][dimensions];
        for (float[] plane : p) {
            for (int i = 0; i < dimensions; i++) {
                plane[i] = (float) (random.nextDouble() * 2 - 1);
            }
        }
        planes = p;
        return p;
    }
}
