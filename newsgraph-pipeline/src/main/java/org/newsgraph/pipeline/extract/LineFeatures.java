package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence about one line of a plain-text article that the line model ({@link LinearModel#lines()}) weighs:
 * named features (length, sentence shape, capitalisation, digits, clock times and dates, separators, links and
 * handles, quotation marks, position among the kept lines, length against the article's typical line) and hashed
 * ones (the line's first six words and their pairs, lower-cased, digits as {@code 0}). Values are in [0, 1].
 * Immutable.
 *
 * @param dense  values in the order of {@link #NAMES}
 * @param hashed buckets of the hashed features present
 */
public record LineFeatures(double[] dense, int[] hashed) {
    public static final List<String> NAMES = List.of("bias", "chars", "short", "tiny", "sentence-end", "ends-colon",
            "digits", "clock", "date", "title-case", "all-caps", "separator", "link", "quote-mark", "first", "second",
            "last", "near-end", "position", "shorter-than-typical", "lower-start");
    public static final int BUCKETS = 2048;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    private static final Pattern SEPARATOR = Pattern.compile("[|•·›»]| - | / ");
    private static final Pattern LINK = Pattern.compile("https?://|www\\.|@\\w|#\\w|\\.com\\b");
    private static final Pattern QUOTE = Pattern.compile("[\"“”«»„]");
    private static final DateReader DATES = new DateReader();

    /** The features of {@code line}, the {@code index}-th of the {@code kept} lines of its article. */
    public static LineFeatures of(List<Line> kept, int index) {
        Line line = kept.get(index);
        String t = line.text();
        int len = t.length();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            words.add(m.group());
        }
        int caps = 0;
        int digits = 0;
        for (String w : words) {
            caps += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
        for (int i = 0; i < len; i++) {
            digits += Character.isDigit(t.charAt(i)) ? 1 : 0;
        }
        int typical = typical(kept);
        int n = kept.size();
        double[] d = new double[NAMES.size()];
        int k = 0;
        d[k++] = 1;
        d[k++] = Math.min(1, Math.log1p(len) / Math.log(1000));
        d[k++] = words.size() <= 8 ? 1 : 0;
        d[k++] = words.size() <= 3 ? 1 : 0;
        d[k++] = t.matches(".*[.!?][\"'”’)]?$") ? 1 : 0;
        d[k++] = t.endsWith(":") ? 1 : 0;
        d[k++] = len == 0 ? 0 : Math.min(1, 3.0 * digits / len);
        d[k++] = CLOCK.matcher(t).find() ? 1 : 0;
        d[k++] = DATES.first(t).isPresent() ? 1 : 0;
        d[k++] = words.isEmpty() ? 0 : (double) caps / words.size();
        d[k++] = len > 3 && t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT)) ? 1 : 0;
        d[k++] = SEPARATOR.matcher(t).find() ? 1 : 0;
        d[k++] = LINK.matcher(t).find() ? 1 : 0;
        d[k++] = QUOTE.matcher(t).find() ? 1 : 0;
        d[k++] = index == 0 ? 1 : 0;
        d[k++] = index == 1 ? 1 : 0;
        d[k++] = index == n - 1 ? 1 : 0;
        d[k++] = index >= n - 3 ? 1 : 0;
        d[k++] = n <= 1 ? 0 : (double) index / (n - 1);
        d[k++] = len * 3 < typical ? 1 : 0;
        d[k++] = len > 0 && Character.isLowerCase(t.charAt(0)) ? 1 : 0;
        return new LineFeatures(d, hashed(words));
    }

    private static int typical(List<Line> kept) {
        int[] lens = kept.stream().mapToInt(l -> l.text().length()).sorted().toArray();
        return lens.length == 0 ? 0 : lens[lens.length / 2];
    }

    private static int[] hashed(List<String> words) {
        List<Integer> out = new ArrayList<>();
        String prev = null;
        for (int i = 0; i < Math.min(6, words.size()); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT).replaceAll("\\d", "0");
            out.add(Math.floorMod(("w:" + w).hashCode(), BUCKETS));
            if (prev != null) {
                out.add(Math.floorMod(("b:" + prev + " " + w).hashCode(), BUCKETS));
            }
            prev = w;
        }
        if (words.size() <= 3) {
            out.add(Math.floorMod(("n:" + words.size()).hashCode(), BUCKETS));
        }
        return out.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
}
