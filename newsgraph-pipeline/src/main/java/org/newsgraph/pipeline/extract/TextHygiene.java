package org.newsgraph.pipeline.extract;

import java.text.Normalizer;

/**
 * Makes text uniform without changing its words: Unicode NFC, no-break and other odd spaces to plain spaces,
 * zero-width characters and stray control characters removed, line breaks to {@code \n}. Thread-safe.
 */
public final class TextHygiene {
    private TextHygiene() {
    }

    public static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\t' || c == '\f' || c == '\u000B') {
                out.append(' ');
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                // zero-width and soft hyphen: drop
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
            } else if (Character.isISOControl(c) && c != '\n') {
                // stray control character: drop
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Lower-cased letters and digits only, single-spaced: the form used for fingerprints and matching. */
    public static String normalizeForMatching(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }
}
