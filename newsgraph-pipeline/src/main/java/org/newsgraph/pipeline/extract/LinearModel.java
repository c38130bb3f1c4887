package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic model over named features and hashed ones: a probability, and the threshold at which its decision
 * flips. Two are bundled, each fitted by a class of the evaluation module and written to a resource table:
 * <ul>
 *   <li>{@link #blocks()} ({@code block-model.tsv}, features {@link BlockFeatures}): the probability that a block of
 *   an HTML page is main content; blocks at or above the threshold are kept. Fitted by {@code BlockModelFit} on the
 *   train half of trafilatura's evaluation set only.</li>
 *   <li>{@link #lines()} ({@code line-model.tsv}, features {@link LineFeatures}): the probability that a line of a
 *   plain-text article is boilerplate; lines at or above the threshold are removed. Fitted by {@code LineModelFit}
 *   on the labelled boilerplate lines of {@code devset-mideast}.</li>
 * </ul>
 * Immutable, thread-safe.
 *
 * @param names     the named features, in order
 * @param dense     their weights
 * @param hashed    weights of the hashed buckets
 * @param threshold the probability at which the decision flips
 */
public record LinearModel(List<String> names, double[] dense, double[] hashed, double threshold) {
    public LinearModel {
        names = List.copyOf(names);
        if (dense.length != names.size()) {
            throw new IllegalArgumentException("a model over " + names.size() + " named features has " + dense.length + " weights");
        }
        dense = dense.clone();
        hashed = hashed.clone();
    }

    private static final class Bundled {
        static final LinearModel BLOCKS = read(BlockFeatures.NAMES, BlockFeatures.BUCKETS, TsvResource.rows("block-model.tsv"));
        static final LinearModel LINES = read(LineFeatures.NAMES, LineFeatures.BUCKETS, TsvResource.rows("line-model.tsv"));
    }

    /** The bundled main-content model for HTML blocks. */
    public static LinearModel blocks() {
        return Bundled.BLOCKS;
    }

    /** The bundled boilerplate model for plain-text lines. */
    public static LinearModel lines() {
        return Bundled.LINES;
    }

    /** This model with another threshold. */
    public LinearModel withThreshold(double t) {
        return new LinearModel(names, dense, hashed, t);
    }

    /** The probability for the given feature values (in {@link #names} order) and hashed buckets. */
    public double probability(double[] values, int[] buckets) {
        double z = 0;
        for (int i = 0; i < dense.length; i++) {
            z += dense[i] * values[i];
        }
        for (int h : buckets) {
            z += h < hashed.length ? hashed[h] : 0;
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * A model from rows {@code threshold<TAB>p}, {@code dense<TAB>name<TAB>w}, {@code hashed<TAB>bucket<TAB>w};
     * features and buckets not listed weigh 0. An unknown row kind, feature name or bucket is an
     * {@link IllegalArgumentException}.
     */
    public static LinearModel read(List<String> names, int buckets, List<String[]> rows) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        double[] dense = new double[names.size()];
        double[] hashed = new double[buckets];
        double threshold = 0.5;
        for (String[] r : rows) {
            switch (r[0]) {
                case "threshold" -> threshold = Double.parseDouble(r[1]);
                case "dense" -> {
                    Integer i = index.get(r[1]);
                    if (i == null) {
                        throw new IllegalArgumentException("unknown feature '" + r[1] + "' in a model table");
                    }
                    dense[i] = Double.parseDouble(r[2]);
                }
                case "hashed" -> {
                    int b = Integer.parseInt(r[1]);
                    if (b < 0 || b >= buckets) {
                        throw new IllegalArgumentException("hashed bucket " + b + " outside 0.." + (buckets - 1));
                    }
                    hashed[b] = Double.parseDouble(r[2]);
                }
                default -> throw new IllegalArgumentException("unknown row kind '" + r[0] + "' in a model table");
            }
        }
        return new LinearModel(names, dense, hashed, threshold);
    }

    /** The rows {@link #read} reads, hashed buckets of weight 0 left out. */
    public List<String> rows() {
        List<String> out = new ArrayList<>();
        out.add("threshold\t" + threshold);
        for (int i = 0; i < dense.length; i++) {
            out.add(String.format(Locale.ROOT, "dense\t%s\t%.5f", names.get(i), dense[i]));
        }
        for (int i = 0; i < hashed.length; i++) {
            if (Math.abs(hashed[i]) > 1e-4) {
                out.add(String.format(Locale.ROOT, "hashed\t%d\t%.4f", i, hashed[i]));
            }
        }
        return out;
    }
}
