package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.pipeline.TestArticles.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;

class ArticleProfilerTest {
    @Test
    void mainEventCounterpartNamedOnlyLateIsAPersonTheArticleLeadsWith() {
        String filler = "Security officials spoke about the region. ".repeat(30);
        String text = "Karl Brandvik spoke about the region. " + filler + "Liina Tamm, the Estonian adviser, agreed. Tamm left.";
        Entity brandvik = new Entity("person:karl-brandvik", "Karl Brandvik", EntityType.PERSON, List.of("Karl Brandvik"), "NOR", List.of());
        Entity tamm = new Entity("person:liina-tamm", "Liina Tamm", EntityType.PERSON, List.of("Liina Tamm", "Tamm"), "EST", List.of());
        int tammAt = text.indexOf("Liina Tamm");
        List<Mention> mentions = List.of(
                new Mention(new Span(0, 13), EntityType.PERSON, MentionKind.NAME, brandvik.id()),
                new Mention(new Span(tammAt, tammAt + 10), EntityType.PERSON, MentionKind.NAME, tamm.id()),
                new Mention(new Span(text.lastIndexOf("Tamm"), text.lastIndexOf("Tamm") + 4), EntityType.PERSON, MentionKind.NAME, tamm.id()));
        Article a = article("a", "Talks", text, LocalDate.of(2021, 2, 9), "Paper");
        AnnotatedArticle annotated = new AnnotatedArticle(a, List.of(new Span(0, text.length())), mentions, List.of(brandvik, tamm),
                List.of(), List.of());
        EventMention main = new EventMention("CONSULT", "040", brandvik.id(), tamm.id(), null, null, new Span(0, text.length()),
                new Span(text.indexOf("agreed"), text.indexOf("agreed") + 6), 0.6, true);
        ClusterSettings settings = ClusterSettings.DEFAULTS;
        ArticleProfiler profiler = new ArticleProfiler(settings, new Vocabulary(), text1 -> java.util.Optional.empty());

        ArticleProfile withEvent = profiler.profile(new Processed(annotated, DuplicateVerdict.ORIGINAL, List.of(main)));
        ArticleProfile without = profiler.profile(new Processed(annotated, DuplicateVerdict.ORIGINAL, List.of()));

        assertThat(tammAt).isGreaterThan(settings.leadChars());
        assertThat(without.leadPersons()).containsExactly(ActorKeys.key(brandvik));
        assertThat(withEvent.leadPersons()).containsExactlyInAnyOrder(ActorKeys.key(brandvik), ActorKeys.key(tamm));
    }
}
