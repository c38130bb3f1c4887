package org.newsgraph.pipeline.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A logistic model of "these two articles report the same event" over {@link PairFeatures}, with the probabilities
 * at which the clusterer acts on it. Learned from labelled pairs by {@code newsgraph train-clusterer} (see the
 * README) and shipped as the resource {@value #RESOURCE}; nothing in it is set by hand.
 *
 * @param weights          one weight per feature of {@link PairFeatures#NAMES}
 * @param bias             the intercept
 * @param linkProbability  from this probability a pair links two articles
 * @param undatedLinkProbability the same when either article has no date evidence (a weekday at most): a
 *                         singleton is a cheaper mistake than an invented date
 * @param eventFit         the mean probability over all pairs across two events that their merge needs (an event
 *                         is joined as a whole, not through one close neighbour)
 * @param provenance       how the model was made (sets, settings), for the record
 */
public record PairModel(double[] weights, double bias, double linkProbability, double undatedLinkProbability, double eventFit,
                        String provenance) {
    public static final String RESOURCE = "pair-model.tsv";

    public PairModel {
        weights = weights.clone();
        if (weights.length != PairFeatures.NAMES.size()) {
            throw new IllegalArgumentException("the model needs " + PairFeatures.NAMES.size() + " weights, has " + weights.length);
        }
        Objects.requireNonNull(provenance, "provenance");
        for (double p : new double[] {linkProbability, undatedLinkProbability, eventFit}) {
            if (!(p > 0 && p < 1)) {
                throw new IllegalArgumentException("probabilities must lie strictly between 0 and 1: " + p);
            }
        }
    }

    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The feature names, in weight order. */
    public static List<String> featureNames() {
        return PairFeatures.NAMES;
    }

    /** The model shipped in the jar. */
    public static PairModel bundled() {
        try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled pair model " + RESOURCE + " is missing");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the TSV written by {@link #write()}; unknown keys and missing features are errors. */
    public static PairModel read(String tsv) {
        Map<String, Double> values = new HashMap<>();
        List<String> comments = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    comments.add(line.substring(1).strip());
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalArgumentException("pair model: a line needs a name and a number: " + line);
                }
                values.put(f[0], Double.parseDouble(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] w = new double[PairFeatures.NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            Double v = values.remove("w." + PairFeatures.NAMES.get(i));
            if (v == null) {
                throw new IllegalArgumentException("pair model: no weight for feature " + PairFeatures.NAMES.get(i));
            }
            w[i] = v;
        }
        double bias = required(values, "bias");
        double link = required(values, "link_probability");
        double undated = required(values, "undated_link_probability");
        double fit = required(values, "event_fit");
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("pair model: unknown keys " + values.keySet());
        }
        return new PairModel(w, bias, link, undated, fit, String.join("\n", comments));
    }

    private static double required(Map<String, Double> values, String key) {
        Double v = values.remove(key);
        if (v == null) {
            throw new IllegalArgumentException("pair model: no " + key);
        }
        return v;
    }

    public String write() {
        StringBuilder out = new StringBuilder();
        for (String line : provenance.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        for (int i = 0; i < weights.length; i++) {
            out.append("w.").append(PairFeatures.NAMES.get(i)).append('\t').append(number(weights[i])).append('\n');
        }
        out.append("bias\t").append(number(bias)).append('\n');
        out.append("link_probability\t").append(number(linkProbability)).append('\n');
        out.append("undated_link_probability\t").append(number(undatedLinkProbability)).append('\n');
        out.append("event_fit\t").append(number(eventFit)).append('\n');
        return out.toString();
    }

    public PairModel withThresholds(double link, double undated, double fit) {
        return new PairModel(weights, bias, link, undated, fit, provenance);
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }
}
