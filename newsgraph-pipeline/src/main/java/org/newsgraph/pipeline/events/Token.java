package org.newsgraph.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * A word of the article text with its lower-case form and stem.
 *
 * @param span  the characters in the article text
 * @param lower the word in lower case ({@link Locale#ROOT}), typographic apostrophes made plain
 * @param stem  its {@link EnglishStemmer} stem
 */
record Token(Span span, String lower, String stem) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    /** The words of {@code text} within {@code range}; never throws, returns an empty list for a range without words. */
    static List<Token> of(String text, Span range, EnglishStemmer stemmer) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(range.start(), range.end());
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            tokens.add(new Token(new Span(m.start(), m.end()), lower, stemmer.stem(lower)));
        }
        return tokens;
    }
}
