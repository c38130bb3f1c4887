package org.newsgraph.pipeline.annotate.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * A model-free tokenizer and sentence splitter: words (with inner hyphens and apostrophes, possessive
 * {@code 's} split off), dotted abbreviations, numbers and single punctuation marks. Sentences end at a line break
 * or at {@code . ! ?} followed by white space and an upper-case letter or an opening quotation mark, except after a
 * short title abbreviation ("Mr.", "Gen."). Every token is labelled {@link Token#OUTSIDE} with no part of speech.
 *
 * <p>Thread-safe and stateless. Empty or blank text gives {@link TaggedText#EMPTY}.
 */
public final class RegexTagger implements NamedEntityTagger {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                   // U.S., U.K.
                    + "|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}\\p{N}]*)*\\.?"
                    + "|\\p{N}+(?:[.,:]\\p{N}+)*"
                    + "|\\S");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i).+([’']s)$");
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "st.", "jr.", "sr.",
            "prof.", "rep.", "sen.", "gov.", "rev.", "no.", "vs.", "inc.", "corp.", "co.", "ltd.", "jan.", "feb.",
            "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    @Override
    public TaggedText tag(String text) {
        if (text == null || text.isBlank()) {
            return TaggedText.EMPTY;
        }
        List<Span> raw = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            if (word.length() > 1 && word.endsWith(".") && Character.isLetter(word.charAt(0))
                    && !word.matches("(?:\\p{Lu}\\.){2,}") && !isAbbreviation(word)) {
                raw.add(new Span(start, end - 1));
                raw.add(new Span(end - 1, end));
                continue;
            }
            Matcher p = POSSESSIVE.matcher(word);
            if (p.matches() && word.length() > 2) {
                raw.add(new Span(start, end - 2));
                raw.add(new Span(end - 2, end));
                continue;
            }
            raw.add(new Span(start, end));
        }
        List<Token> tokens = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        int sentence = 0;
        int sentenceStart = -1;
        int previousEnd = -1;
        for (int i = 0; i < raw.size(); i++) {
            Span s = raw.get(i);
            if (sentenceStart >= 0 && text.substring(previousEnd, s.start()).indexOf('\n') >= 0) {
                sentences.add(new Span(sentenceStart, previousEnd));
                sentence++;
                sentenceStart = -1;
            }
            if (sentenceStart < 0) {
                sentenceStart = s.start();
            }
            String word = s.of(text);
            tokens.add(new Token(s, word, "", Token.OUTSIDE, sentence));
            previousEnd = s.end();
            if (endsSentence(text, raw, i)) {
                sentences.add(new Span(sentenceStart, s.end()));
                sentence++;
                sentenceStart = -1;
            }
        }
        if (sentenceStart >= 0) {
            sentences.add(new Span(sentenceStart, previousEnd));
        }
        return new TaggedText(sentences, tokens);
    }

    private static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean endsSentence(String text, List<Span> raw, int i) {
        String word = raw.get(i).of(text);
        if (!(word.equals(".") || word.equals("!") || word.equals("?"))) {
            return false;
        }
        if (i + 1 >= raw.size()) {
            return true;
        }
        Span next = raw.get(i + 1);
        if (next.start() == raw.get(i).end()) {
            return false;
        }
        int c = text.codePointAt(next.start());
        return Character.isUpperCase(c) || c == '"' || c == '“' || c == '‘' || Character.isDigit(c);
    }
}
