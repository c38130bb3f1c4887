package org.newsgraph.pipeline.annotate.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test tagger: {@link RegexTagger} tokens and sentences, with entity labels given by the test for exact phrases,
 * so that the entity rules can be tested without loading statistical models.
 */
public final class ScriptedTagger implements NamedEntityTagger {
    private final Map<String, String> labels;

    /** @param labels phrase to label ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}) */
    public ScriptedTagger(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    @Override
    public TaggedText tag(String text) {
        TaggedText plain = new RegexTagger().tag(text);
        List<Token> tokens = new ArrayList<>(plain.tokens());
        for (Map.Entry<String, String> e : labels.entrySet()) {
            int from = 0;
            int at;
            while ((at = text.indexOf(e.getKey(), from)) >= 0) {
                int end = at + e.getKey().length();
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.start() >= at && t.end() <= end) {
                        tokens.set(i, new Token(t.span(), t.text(), t.pos(), e.getValue(), t.sentence()));
                    }
                }
                from = end;
            }
        }
        return new TaggedText(plain.sentences(), tokens);
    }
}
