package org.newsgraph.pipeline.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Aligns the sentences of two texts in order (a longest common subsequence whose items are matching sentences,
 * weighted by their length) and measures how much of the shorter text the other repeats ({@link CopyEvidence}).
 * Two sentences match when most of the shorter one's word trigrams occur in the other (the same sentence, lightly
 * edited), or when most of its words do (the same sentence reworded: "at a decades-old low" for "at their lowest in
 * decades"). Order matters: a copy repeats a run of sentences in the order of its source, where independent reports
 * share facts in any order. Each sentence carries a weight given by the caller: quotations count less, since
 * independent reports of one statement share them, and boilerplate lines count nothing.
 *
 * <p>Costs {@code O(n * m)} sentence comparisons for texts of {@code n} and {@code m} sentences. Stateless and
 * thread-safe; texts without sentences give {@link CopyEvidence#NONE}.
 */
final class SentenceAlignment {
    private final double trigramMatch;
    private final double wordMatch;
    private final int minWordsShared;

    /**
     * @param trigramMatch   share of the shorter sentence's trigrams the other must hold for a match
     * @param wordMatch      share of the shorter sentence's words the other must hold for a (reworded) match
     * @param minWordsShared words two sentences must share for a reworded match
     */
    SentenceAlignment(double trigramMatch, double wordMatch, int minWordsShared) {
        this.trigramMatch = trigramMatch;
        this.wordMatch = wordMatch;
        this.minWordsShared = minWordsShared;
    }

    /**
     * Aligns {@code a} with {@code b}. {@code weightA[i]} is the weight of {@code a}'s sentence {@code i}
     * (likewise for {@code b}); a sentence of weight 0 is never matched.
     */
    CopyEvidence align(CopyProfile a, CopyProfile b, double[] weightA, double[] weightB) {
        List<CopyProfile.Sentence> sa = Objects.requireNonNull(a).sentences();
        List<CopyProfile.Sentence> sb = Objects.requireNonNull(b).sentences();
        int n = sa.size();
        int m = sb.size();
        if (n == 0 || m == 0) {
            return CopyEvidence.NONE;
        }
        // gain[i][j]: weighted words that matching sentence i of a with sentence j of b is worth (0: no match)
        double[][] gain = new double[n][m];
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double w = Math.min(weightA[i], weightB[j]);
                if (w > 0 && matches(sa.get(i), sb.get(j))) {
                    gain[i][j] = w * Math.min(sa.get(i).length(), sb.get(j).length());
                    matches.add(new int[] {i, j});
                }
            }
        }
        double shorter = Math.min(total(sa, weightA), total(sb, weightB));
        if (matches.isEmpty() || shorter == 0) {
            return CopyEvidence.NONE;
        }
        double[] ordered = ordered(gain, weightA, weightB);
        double[] any = oneToOne(gain, matches, weightA, weightB);
        double containment = total(sa, weightA) <= total(sb, weightB) ? containment(sa, weightA, sb) : containment(sb, weightB, sa);
        return new CopyEvidence(any[1], Math.min(1, any[0] / shorter), ordered[1], Math.min(1, ordered[0] / shorter),
                containment);
    }

    /** The best order-preserving alignment: {weighted words, weighted sentences} (longest common subsequence). */
    private static double[] ordered(double[][] gain, double[] weightA, double[] weightB) {
        int n = gain.length;
        int m = gain[0].length;
        double[] words = new double[m + 1];
        double[] sentences = new double[m + 1];
        double[] prevWords = new double[m + 1];
        double[] prevSentences = new double[m + 1];
        for (int i = 1; i <= n; i++) {
            double[] tw = prevWords;
            prevWords = words;
            words = tw;
            double[] ts = prevSentences;
            prevSentences = sentences;
            sentences = ts;
            words[0] = 0;
            sentences[0] = 0;
            for (int j = 1; j <= m; j++) {
                boolean up = prevWords[j] >= words[j - 1];
                words[j] = up ? prevWords[j] : words[j - 1];
                sentences[j] = up ? prevSentences[j] : sentences[j - 1];
                double g = gain[i - 1][j - 1];
                if (g > 0 && prevWords[j - 1] + g > words[j]) {
                    words[j] = prevWords[j - 1] + g;
                    sentences[j] = prevSentences[j - 1] + Math.min(weightA[i - 1], weightB[j - 1]);
                }
            }
        }
        return new double[] {words[m], sentences[m]};
    }

    /**
     * Matches in any order, each sentence used once, largest gains first (ties: earlier sentences):
     * {weighted words, weighted sentences}. Rewritten copies move paragraphs around.
     */
    private static double[] oneToOne(double[][] gain, List<int[]> matches, double[] weightA, double[] weightB) {
        matches.sort((x, y) -> {
            int c = Double.compare(gain[y[0]][y[1]], gain[x[0]][x[1]]);
            return c != 0 ? c : x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
        });
        boolean[] usedA = new boolean[gain.length];
        boolean[] usedB = new boolean[gain[0].length];
        double words = 0;
        double sentences = 0;
        for (int[] match : matches) {
            if (!usedA[match[0]] && !usedB[match[1]]) {
                usedA[match[0]] = true;
                usedB[match[1]] = true;
                words += gain[match[0]][match[1]];
                sentences += Math.min(weightA[match[0]], weightB[match[1]]);
            }
        }
        return new double[] {words, sentences};
    }

    /**
     * Whether two sentences are one: most of the shorter one's trigrams in the other, or (narrative only, since
     * two translations of one statement share words without being copies) most of its words.
     */
    boolean matches(CopyProfile.Sentence x, CopyProfile.Sentence y) {
        int trigrams = Math.min(x.trigrams().length, y.trigrams().length);
        if (trigrams > 0 && intersection(x.trigrams(), y.trigrams()) >= trigramMatch * trigrams) {
            return true;
        }
        if (x.quoted() || y.quoted()) {
            return false;
        }
        int shared = intersection(x.words(), y.words());
        return shared >= minWordsShared && shared >= wordMatch * Math.min(x.words().length, y.words().length);
    }

    private static double total(List<CopyProfile.Sentence> sentences, double[] weights) {
        double sum = 0;
        for (int i = 0; i < sentences.size(); i++) {
            sum += weights[i] * sentences.get(i).length();
        }
        return sum;
    }

    /** Share of the trigrams of {@code small}'s narrative sentences of full weight found anywhere in {@code large}. */
    private static double containment(List<CopyProfile.Sentence> small, double[] weights, List<CopyProfile.Sentence> large) {
        int[] mine = trigrams(small, weights, true);
        return mine.length == 0 ? 0 : (double) intersection(mine, trigrams(large, null, false)) / mine.length;
    }

    private static int[] trigrams(List<CopyProfile.Sentence> sentences, double[] weights, boolean narrativeOnly) {
        int size = 0;
        for (CopyProfile.Sentence s : sentences) {
            size += s.trigrams().length;
        }
        int[] out = new int[size];
        int n = 0;
        for (int i = 0; i < sentences.size(); i++) {
            CopyProfile.Sentence s = sentences.get(i);
            if (!narrativeOnly || (weights[i] >= 1 && !s.quoted())) {
                System.arraycopy(s.trigrams(), 0, out, n, s.trigrams().length);
                n += s.trigrams().length;
            }
        }
        Arrays.sort(out, 0, n);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || out[i] != out[d - 1]) {
                out[d++] = out[i];
            }
        }
        return Arrays.copyOf(out, d);
    }

    private static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
