package org.newsgraph.pipeline.annotate.quotes;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised form of a quotation used to match the same words across outlets: letters and digits only,
 * lower case, accents removed, single spaces. "“We will not yield,” he said" and "we will NOT yield" share a
 * key. Stateless and thread-safe.
 */
public final class QuoteKey {
    private QuoteKey() {
    }

    /** The key of {@code text}; {@code null} or text without letters or digits gives the empty string. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (cp == '\'' || cp == '’' || cp == '‘') {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && !key.isEmpty()) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }
}
