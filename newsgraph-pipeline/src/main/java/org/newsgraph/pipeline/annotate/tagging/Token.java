package org.newsgraph.pipeline.annotate.tagging;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * One token of a tagged text.
 *
 * @param span     its characters in the tagged text
 * @param text     the characters as written
 * @param pos      Penn Treebank part-of-speech tag, or {@code ""} when the tagger assigns none
 * @param ner      coarse entity label ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}) or
 *                 {@code O} outside names
 * @param sentence index of the sentence the token belongs to
 */
public record Token(Span span, String text, String pos, String ner, int sentence) {
    public static final String OUTSIDE = "O";

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        pos = pos == null ? "" : pos;
        ner = ner == null || ner.isEmpty() ? OUTSIDE : ner;
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Whether the first character is an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
