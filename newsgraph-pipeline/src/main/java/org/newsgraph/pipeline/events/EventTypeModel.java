package org.newsgraph.pipeline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A multinomial logistic model of a sentence's {@link CameoClass} over {@link EventTypeFeatures}. Learned from the
 * labelled sentences of cameo-conflibert by {@code newsgraph train-event-types} (see the README) and shipped as
 * the resource {@value #RESOURCE}; nothing in it is set by hand.
 *
 * @param weights    one row of {@link EventTypeFeatures#SIZE} weights per class, in {@link CameoClass} order
 * @param bias       one intercept per class
 * @param provenance how the model was made (data, settings, held-out figures), for the record
 */
public record EventTypeModel(double[][] weights, double[] bias, String provenance) {
    public static final String RESOURCE = "event-type-model.tsv";
    private static final int CLASSES = CameoClass.values().length;

    public EventTypeModel {
        Objects.requireNonNull(provenance, "provenance");
        if (weights.length != CLASSES || bias.length != CLASSES) {
            throw new IllegalArgumentException("the model needs " + CLASSES + " classes");
        }
        double[][] copy = new double[CLASSES][];
        for (int c = 0; c < CLASSES; c++) {
            if (weights[c].length != EventTypeFeatures.SIZE) {
                throw new IllegalArgumentException("the model needs " + EventTypeFeatures.SIZE + " weights per class, has "
                        + weights[c].length);
            }
            copy[c] = weights[c].clone();
        }
        weights = copy;
        bias = bias.clone();
    }

    /** The probability of each class, in {@link CameoClass} order (softmax of the linear scores). */
    public double[] probabilities(double[] features) {
        double[] z = new double[CLASSES];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CLASSES; c++) {
            double s = bias[c];
            for (int i = 0; i < features.length; i++) {
                s += weights[c][i] * features[i];
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** The model shipped in the jar. */
    public static EventTypeModel bundled() {
        try (InputStream in = EventTypeModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled event type model " + RESOURCE + " is missing");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the TSV written by {@link #write()}: comment lines ({@code #}), {@code bias CLASS value} and
     * {@code w CLASS index value}; unknown classes, keys, indexes out of range and missing weights are errors.
     */
    public static EventTypeModel read(String tsv) {
        double[][] w = new double[CLASSES][EventTypeFeatures.SIZE];
        boolean[][] seen = new boolean[CLASSES][EventTypeFeatures.SIZE];
        double[] b = new double[CLASSES];
        boolean[] seenBias = new boolean[CLASSES];
        List<String> comments = new ArrayList<>();
        int lineNumber = 0;
        for (String line : tsv.split("\n", -1)) {
            lineNumber++;
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.strip().split("\t");
            try {
                int c = CameoClass.valueOf(f[1]).ordinal();
                switch (f[0]) {
                    case "bias" -> {
                        require(f.length == 3, lineNumber, line);
                        b[c] = Double.parseDouble(f[2]);
                        seenBias[c] = true;
                    }
                    case "w" -> {
                        require(f.length == 4, lineNumber, line);
                        int i = Integer.parseInt(f[2]);
                        require(i >= 0 && i < EventTypeFeatures.SIZE, lineNumber, line);
                        w[c][i] = Double.parseDouble(f[3]);
                        seen[c][i] = true;
                    }
                    default -> throw new IllegalArgumentException("event type model: unknown key on line " + lineNumber + ": " + f[0]);
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException("event type model: line " + lineNumber + " is not 'bias CLASS value' or"
                        + " 'w CLASS index value': " + line);
            }
        }
        for (int c = 0; c < CLASSES; c++) {
            if (!seenBias[c]) {
                throw new IllegalArgumentException("event type model: no bias for " + CameoClass.values()[c]);
            }
            for (int i = 0; i < EventTypeFeatures.SIZE; i++) {
                if (!seen[c][i]) {
                    throw new IllegalArgumentException("event type model: no weight " + i + " for " + CameoClass.values()[c]);
                }
            }
        }
        return new EventTypeModel(w, b, String.join("\n", comments));
    }

    private static void require(boolean ok, int lineNumber, String line) {
        if (!ok) {
            throw new IllegalArgumentException("event type model: malformed line " + lineNumber + ": " + line);
        }
    }

    /** The TSV form, provenance lines first. */
    public String write() {
        StringBuilder out = new StringBuilder();
        for (String p : provenance.split("\n")) {
            if (!p.isBlank()) {
                out.append("# ").append(p).append('\n');
            }
        }
        for (CameoClass c : CameoClass.values()) {
            out.append("bias\t").append(c.name()).append('\t').append(format(bias[c.ordinal()])).append('\n');
        }
        for (CameoClass c : CameoClass.values()) {
            for (int i = 0; i < EventTypeFeatures.SIZE; i++) {
                out.append("w\t").append(c.name()).append('\t').append(i).append('\t')
                        .append(format(weights[c.ordinal()][i])).append('\n');
            }
        }
        return out.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
