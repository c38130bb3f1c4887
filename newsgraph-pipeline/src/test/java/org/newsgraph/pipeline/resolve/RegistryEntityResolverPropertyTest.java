package org.newsgraph.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.TestArticles;

class RegistryEntityResolverPropertyTest {

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("Marta", "Valenti", "Ko", "Li", "al-Rami", "da", "Norvik", "SPA", "U.N.", "Ștefan", "Ørsted"),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(6));
        return word.list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
    }

    @Property(tries = 100)
    void resolvingNeverThrowsKeepsSpansAndPointsMentionsAtOutputEntities(
            @ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("names") String> first,
            @ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("names") String> second,
            @ForAll EntityType type) {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", first, type));
        AnnotatedArticle in = article("b", second, type);

        AnnotatedArticle out = resolver.resolve(in).annotated();

        assertThat(out.mentions()).extracting(Mention::span).isEqualTo(in.mentions().stream().map(Mention::span).toList());
        Set<String> ids = new HashSet<>();
        out.entities().forEach(e -> ids.add(e.id()));
        assertThat(ids).hasSize(out.entities().size());
        assertThat(out.mentions()).allSatisfy(m -> assertThat(ids).contains(m.entityId()));
        assertThat(out.quotes()).allSatisfy(q -> assertThat(ids).contains(q.speakerId()));
    }

    private static AnnotatedArticle article(String id, List<String> names, EntityType type) {
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String local = (type == EntityType.PERSON ? "person:" : "name:") + i + "-" + name.hashCode();
            if (entities.stream().noneMatch(e -> e.id().equals(local))) {
                entities.add(new Entity(local, name, type, List.of(name), null, List.of()));
            }
            mentions.add(new Mention(new Span(i, i + 1), type, MentionKind.NAME, local));
            quotes.add(new Quote(new Span(i, i + 1), true, local, null, "said", 0.5));
        }
        return new AnnotatedArticle(TestArticles.article(id, null, "x".repeat(names.size() + 1), null, null), List.of(),
                mentions, entities, quotes, List.of());
    }
}
