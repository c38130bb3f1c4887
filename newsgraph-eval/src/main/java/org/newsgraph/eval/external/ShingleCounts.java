package org.newsgraph.eval.external;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte benchmark's scoring of an article body: both texts are cut into tokens (runs of word characters,
 * Unicode-aware, case kept) and then into shingles of 4 tokens (one shorter shingle for a shorter text); shingles
 * are matched as multisets, and the page's true positives, false positives and false negatives are divided by
 * their sum, so that a long page weighs as much as a short one. Over a set, precision is the mean over pages
 * where something was predicted, recall the mean over pages with gold text, and F1 combines the two means.
 *
 * @param tp matched shingles (share of the page's total)
 * @param fp predicted shingles not in the gold (share)
 * @param fn gold shingles not predicted (share)
 */
public record ShingleCounts(double tp, double fp, double fn) {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** The normalised counts of one page. */
    public static ShingleCounts of(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(gc, e.getValue());
            fp += Math.max(0, e.getValue() - gc);
        }
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleCounts(tp / sum, fp / sum, fn / sum) : new ShingleCounts(0, 0, 0);
    }

    double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }

    /** Mean precision, mean recall and their F1 over pages, as the benchmark's script computes them. */
    public static Score3 mean(List<ShingleCounts> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (ShingleCounts c : pages) {
            if (c.tp + c.fp > 0) {
                p += c.precision();
                np++;
            }
            if (c.tp + c.fn > 0) {
                r += c.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        return new Score3(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /** Precision, recall, F1 as fractions. */
    public record Score3(double precision, double recall, double f1) {
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }
}
