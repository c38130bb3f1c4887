package org.newsgraph.eval.external;

import java.text.Normalizer;
import java.util.List;

/**
 * trafilatura's snippet scoring of main texts: each snippet the text must contain is a true positive when found,
 * a false negative when not; each snippet it must not contain is a false positive when found, a true negative when
 * not. Text and snippets are compared after Unicode NFC and with every run of white space (no-break spaces
 * included) read as one space, zero-width characters and soft hyphens dropped; otherwise as plain substrings, case
 * and punctuation as written. A page with no text counts its snippets as false negatives and true negatives.
 *
 * @param truePositives  wanted snippets found
 * @param falseNegatives wanted snippets missed
 * @param falsePositives unwanted snippets found
 * @param trueNegatives  unwanted snippets absent
 */
public record SnippetCounts(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {
    public static final SnippetCounts ZERO = new SnippetCounts(0, 0, 0, 0);

    /** The counts of one page's {@code text} (null for no text). */
    public static SnippetCounts of(String text, List<String> with, List<String> without) {
        String t = text == null ? null : normalize(text);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        for (String s : with) {
            if (t != null && t.contains(normalize(s))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : without) {
            if (t != null && t.contains(normalize(s))) {
                fp++;
            } else {
                tn++;
            }
        }
        return new SnippetCounts(tp, fn, fp, tn);
    }

    public SnippetCounts plus(SnippetCounts o) {
        return new SnippetCounts(truePositives + o.truePositives, falseNegatives + o.falseNegatives,
                falsePositives + o.falsePositives, trueNegatives + o.trueNegatives);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The text as compared: NFC, white space runs as one space, invisible characters dropped, stripped. */
    static String normalize(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
