package org.newsgraph.pipeline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic model over {@link BlockFeatures}: the probability that a block of an HTML page belongs to its main
 * content; blocks at or above {@code threshold} are kept. The bundled weights ({@code block-model.tsv}) were fitted
 * on the train half of trafilatura's evaluation set by {@code BlockModelFit} in the evaluation module (labels: blocks
 * holding text the page's main text must contain, or must not). Immutable, thread-safe.
 *
 * @param dense     weights of the named features, in {@link BlockFeatures#NAMES} order
 * @param hashed    weights of the hashed buckets
 * @param threshold probability at which a block is kept
 */
public record BlockModel(double[] dense, double[] hashed, double threshold) {
    public BlockModel {
        if (dense.length != BlockFeatures.NAMES.size() || hashed.length != BlockFeatures.BUCKETS) {
            throw new IllegalArgumentException("a block model has " + BlockFeatures.NAMES.size() + " named and "
                    + BlockFeatures.BUCKETS + " hashed weights, not " + dense.length + " and " + hashed.length);
        }
        dense = dense.clone();
        hashed = hashed.clone();
    }

    private static final class Bundled {
        static final BlockModel MODEL = read(TsvResource.rows("block-model.tsv"));
    }

    /** The bundled model. */
    public static BlockModel bundled() {
        return Bundled.MODEL;
    }

    /** The probability that the block is main content. */
    public double probability(BlockFeatures f) {
        double z = 0;
        for (int i = 0; i < dense.length; i++) {
            z += dense[i] * f.dense()[i];
        }
        for (int h : f.hashed()) {
            z += hashed[h];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * A model from rows {@code threshold<TAB>p}, {@code dense<TAB>name<TAB>w}, {@code hashed<TAB>bucket<TAB>w};
     * buckets not listed weigh 0. An unknown row kind or feature name is an {@link IllegalArgumentException}.
     */
    public static BlockModel read(List<String[]> rows) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < BlockFeatures.NAMES.size(); i++) {
            index.put(BlockFeatures.NAMES.get(i), i);
        }
        double[] dense = new double[BlockFeatures.NAMES.size()];
        double[] hashed = new double[BlockFeatures.BUCKETS];
        double threshold = 0.5;
        for (String[] r : rows) {
            switch (r[0]) {
                case "threshold" -> threshold = Double.parseDouble(r[1]);
                case "dense" -> {
                    Integer i = index.get(r[1]);
                    if (i == null) {
                        throw new IllegalArgumentException("unknown block feature '" + r[1] + "'");
                    }
                    dense[i] = Double.parseDouble(r[2]);
                }
                case "hashed" -> hashed[Integer.parseInt(r[1])] = Double.parseDouble(r[2]);
                default -> throw new IllegalArgumentException("unknown row kind '" + r[0] + "' in a block model");
            }
        }
        return new BlockModel(dense, hashed, threshold);
    }

    /** The rows {@link #read} reads, hashed buckets of weight 0 left out. */
    public List<String> rows() {
        List<String> out = new java.util.ArrayList<>();
        out.add("threshold\t" + threshold);
        for (int i = 0; i < dense.length; i++) {
            out.add("dense\t" + BlockFeatures.NAMES.get(i) + "\t" + dense[i]);
        }
        for (int i = 0; i < hashed.length; i++) {
            if (Math.abs(hashed[i]) > 1e-4) {
                out.add(String.format(java.util.Locale.ROOT, "hashed\t%d\t%.4f", i, hashed[i]));
            }
        }
        return out;
    }
}
