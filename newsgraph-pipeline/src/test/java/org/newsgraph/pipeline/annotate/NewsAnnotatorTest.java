package org.newsgraph.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Found;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;
import org.newsgraph.pipeline.annotate.entities.NewsEntityRecognizer;
import org.newsgraph.pipeline.annotate.quotes.QuoteExtractor;
import org.newsgraph.pipeline.annotate.tagging.ScriptedTagger;
import org.newsgraph.pipeline.annotate.time.TimeTagger;

class NewsAnnotatorTest {

    private static Article article(String text, LocalDate published) {
        Metadata metadata = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(published).map(d -> new Found<>(d, "test", null)));
        return new Article("a1", "test", null, text, text, metadata, List.of(), "f1");
    }

    @Test
    void composesSentencesEntitiesQuotesAndTimes() {
        String text = "Karim Haddad arrived in Amman on Monday.\nHe said: \"We came to listen.\"";
        List<Object> seenByQuotes = new ArrayList<>();
        List<LocalDate> seenByTimes = new ArrayList<>();
        QuoteExtractor quotes = (t, sentences, mentions, entities) -> {
            seenByQuotes.add(sentences.size());
            seenByQuotes.add(entities.stream().anyMatch(e -> e.canonical().equals("Karim Haddad")));
            return List.of(new Quote(new Span(51, 69), true, entities.get(0).id(), null, "said", 0.9));
        };
        TimeTagger times = (t, published) -> {
            seenByTimes.add(published);
            return List.of(new Timex(new Span(33, 39), new TimeValue.Day(LocalDate.of(2024, 5, 6)), "test"));
        };
        NewsAnnotator annotator = new NewsAnnotator(new ScriptedTagger(Map.of("Karim Haddad", "PERSON")),
                new NewsEntityRecognizer(), quotes, times);

        AnnotatedArticle annotated = annotator.annotate(article(text, LocalDate.of(2024, 5, 7)));

        assertThat(annotated.sentences()).hasSize(2);
        assertThat(annotated.entities()).extracting(e -> e.canonical()).contains("Karim Haddad");
        assertThat(annotated.mentions()).allMatch(m -> m.span().end() <= text.length());
        assertThat(seenByQuotes).containsExactly(2, true);
        assertThat(seenByTimes).containsExactly(LocalDate.of(2024, 5, 7));
        assertThat(annotated.quotes()).hasSize(1);
        assertThat(annotated.timexes()).hasSize(1);
    }

    @Test
    void undatedArticleGivesTheTimeTaggerNoDate() {
        List<LocalDate> seen = new ArrayList<>();
        NewsAnnotator annotator = new NewsAnnotator(new ScriptedTagger(Map.of()), new NewsEntityRecognizer(),
                (t, s, m, e) -> List.of(), (t, published) -> {
                    seen.add(published);
                    return List.of();
                });
        annotator.annotate(article("Talks resumed on Saturday.", null));
        assertThat(seen).containsOnlyNulls().hasSize(1);
    }

    @Test
    void emptyTextGivesAnEmptyAnnotationWithoutCallingTheStages() {
        NewsAnnotator annotator = new NewsAnnotator(new ScriptedTagger(Map.of()), new NewsEntityRecognizer(),
                (t, s, m, e) -> {
                    throw new AssertionError("not called");
                }, (t, p) -> {
                    throw new AssertionError("not called");
                });
        AnnotatedArticle annotated = annotator.annotate(article(" \n ", null));
        assertThat(annotated.sentences()).isEmpty();
        assertThat(annotated.entities()).isEmpty();
    }

    @Test
    void oddTextSurvives() {
        NewsAnnotator annotator = new NewsAnnotator(new ScriptedTagger(Map.of()), new NewsEntityRecognizer(),
                (t, s, m, e) -> List.of(), (t, p) -> List.of());
        AnnotatedArticle annotated = annotator.annotate(article("\u0000 ’’ (( US’s … \uD83D\uDE00 Iran\u00a0s", null));
        assertThat(annotated.mentions()).allMatch(m -> m.span().end() <= annotated.article().text().length());
    }
}
