package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Span;

class PatternEventCoderPropertyTest {
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();
    private static final PatternEventCoder CODER = new PatternEventCoder(
            ((Outcome.Ok<EventOntology>) new OntologyLoader(STEMMER).bundled()).value(), STEMMER);
    private static final String[] WORDS = {"met", "talks", "Lind", "in", "Riga", "arrested", "by", "police", "air", "strike",
            "will", "visit", "not", "and", "the", "said", "on", "Monday", ".", "“", "”", "–", "ASTANA", "(Wire)"};

    @Property(tries = 300)
    void anyTextAndAnySpansGiveValidMentionsWithoutThrowing(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 23) Integer> picks,
                                                            @ForAll @IntRange(min = 0, max = 400) int cut) {
        StringBuilder b = new StringBuilder();
        for (int p : picks) {
            b.append(WORDS[p]).append(' ');
        }
        String text = b.toString();
        List<Span> sentences = new ArrayList<>();
        int mid = Math.min(cut, text.length());
        sentences.add(new Span(0, mid));
        sentences.add(new Span(mid, text.length()));
        sentences.add(new Span(0, text.length() + 10));
        List<Mention> mentions = List.of(new Mention(new Span(0, Math.min(4, text.length())), EntityType.PERSON, MentionKind.NAME, "a"),
                new Mention(new Span(Math.max(0, text.length() - 5), text.length() + 3), EntityType.GPE, MentionKind.NAME, "b"));
        Article article = new Article("p", "p", null, text, text, null, List.of(), "0");
        AnnotatedArticle annotated = new AnnotatedArticle(article, sentences, mentions, List.of(), List.of(), List.of());

        List<EventMention> events = CODER.code(annotated);

        assertThat(events).allSatisfy(e -> {
            assertThat(e.sentence().end()).isLessThanOrEqualTo(text.length());
            assertThat(e.sentence().contains(e.trigger())).isTrue();
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(events.stream().filter(EventMention::main).count()).isEqualTo(events.isEmpty() ? 0 : 1);
    }
}
