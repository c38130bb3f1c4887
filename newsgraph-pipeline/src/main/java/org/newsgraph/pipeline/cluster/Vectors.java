package org.newsgraph.pipeline.cluster;

/** Small dense-vector arithmetic for embeddings. Stateless and thread-safe. */
final class Vectors {
    private Vectors() {
    }

    /** A copy scaled to unit length; a zero vector stays zero. */
    static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] out = v.clone();
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < out.length; i++) {
                out[i] *= inv;
            }
        }
        return out;
    }

    /** Dot product; 0 when the lengths differ. */
    static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
