package org.newsgraph.pipeline.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.TestArticles;

class RegistryEntityResolverTest {

    /** A hand-built annotated article: each name is mentioned once, in order, at the start of the text. */
    private static AnnotatedArticle article(String id, Entity... entities) {
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        for (Entity e : entities) {
            int start = text.length();
            text.append(e.canonical());
            mentions.add(new Mention(new Span(start, text.length()), e.type(), MentionKind.NAME, e.id()));
            text.append(" spoke. ");
        }
        return new AnnotatedArticle(TestArticles.article(id, null, text.toString(), null, null), List.of(), mentions,
                List.of(entities), List.of(), List.of());
    }

    private static Entity person(String id, String name, String... aliases) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(aliases));
        return new Entity(id, name, EntityType.PERSON, all, null, List.of());
    }

    private static Entity org(String id, String name, String... aliases) {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(aliases));
        return new Entity(id, name, EntityType.ORG, all, null, List.of());
    }

    @Test
    void surnameAloneJoinsTheOnlyKnownFullName() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", person("person:mrt-vlnt", "Marta Valenti")));

        ResolvedArticle later = resolver.resolve(article("b", person("person:vlnt", "Valenti", "Ms Valenti")));

        Entity e = later.annotated().entities().getFirst();
        assertThat(e.id()).isEqualTo("person:mrt-vlnt");
        assertThat(e.canonical()).isEqualTo("Marta Valenti");
        assertThat(e.aliases()).containsExactly("Valenti", "Ms Valenti");
        assertThat(later.annotated().mentions()).extracting(Mention::entityId).containsExactly("person:mrt-vlnt");
        assertThat(later.entityLinks()).containsExactly(new EntityLink("person:vlnt", "person:mrt-vlnt", LinkReason.FULL_NAME));
    }

    @Test
    void surnameSharedByTwoKnownFullNamesStaysUnlinked() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", person("person:krm-hdd", "Karim Haddad")));
        resolver.resolve(article("b", person("person:nd-hdd", "Nadia Haddad")));

        ResolvedArticle later = resolver.resolve(article("c", person("person:hdd", "Haddad")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("person:hdd");
        assertThat(later.entityLinks().getFirst().reason()).isEqualTo(LinkReason.NEW);
    }

    @Test
    void fullNameArrivingAfterItsSurnameJoinsTheSurnameId() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        ResolvedArticle first = resolver.resolve(article("a", person("person:vlnt", "Valenti")));
        ResolvedArticle second = resolver.resolve(article("b", person("person:mrt-vlnt", "Marta Valenti")));
        ResolvedArticle third = resolver.resolve(article("c", person("person:mrt-vlnt", "Marta Valenti")));

        assertThat(first.annotated().entities()).extracting(Entity::id).containsExactly("person:vlnt");
        assertThat(second.entityLinks()).containsExactly(new EntityLink("person:mrt-vlnt", "person:vlnt", LinkReason.SHORT_NAME));
        assertThat(second.annotated().entities().getFirst().canonical()).isEqualTo("Marta Valenti");
        assertThat(third.annotated().entities()).extracting(Entity::id).containsExactly("person:vlnt");
    }

    @Test
    void fullNameDoesNotTakeTheIdOfAShortOneWordName() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", person("person:l", "Li")));

        ResolvedArticle later = resolver.resolve(article("b", person("person:mng-l", "Ming Li")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("person:mng-l");
    }

    @Test
    void fullNameDoesNotTakeASurnameIdAnotherFullNameAlsoFits() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", person("person:hdd", "Haddad")));
        resolver.resolve(article("b", person("person:krm-hdd", "Karim Haddad")));

        ResolvedArticle later = resolver.resolve(article("c", person("person:nd-hdd", "Nadia Haddad")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("person:nd-hdd");
    }

    @Test
    void surnameArticlesOnEitherSideOfTheFullNameEndInOneEntity() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        ResolvedArticle before = resolver.resolve(article("a", person("person:vlnt", "Valenti")));
        ResolvedArticle full = resolver.resolve(article("b", person("person:mrt-vlnt", "Marta Valenti")));
        ResolvedArticle after = resolver.resolve(article("c", person("person:vlnt", "Valenti")));

        assertThat(List.of(before, full, after)).extracting(r -> r.annotated().entities().getFirst().id())
                .containsOnly("person:vlnt");
    }

    @Test
    void middleNameAloneJoinsTheFullName() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", person("person:ntn-mrs", "Antonio Bento Moura da Rosa")));

        ResolvedArticle later = resolver.resolve(article("b", person("person:mr", "Moura")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("person:ntn-mrs");
    }

    @Test
    void shortOneWordNameNeedsTheSameSpelling() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", person("person:k-mng", "Ko Minga")));

        // "Kai" has the same consonant skeleton as "Ko" but is a different word
        ResolvedArticle other = resolver.resolve(article("b", person("person:k", "Kai")));
        ResolvedArticle same = resolver.resolve(article("c", person("person:k", "Ko")));

        assertThat(other.entityLinks().getFirst().corpusId()).isEqualTo("person:k");
        assertThat(same.entityLinks().getFirst().corpusId()).isEqualTo("person:k-mng");
    }

    @Test
    void acronymJoinsTheExpansionSeenWithItElsewhere() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", org("name:southern-ports-authority", "Southern Ports Authority", "SPA")));

        ResolvedArticle later = resolver.resolve(article("b", org("name:spa", "SPA")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("name:southern-ports-authority");
        assertThat(later.entityLinks().getFirst().reason()).isEqualTo(LinkReason.SAME_NAME);
    }

    @Test
    void expansionJoinsTheAcronymSeenBefore() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", org("name:spa", "SPA")));

        ResolvedArticle later = resolver.resolve(article("b", org("name:southern-ports-authority", "Southern Ports Authority", "SPA")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("name:spa");
    }

    @Test
    void nameTaggedAsPersonJoinsTheOrganisationOfTheSameName() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", org("name:norvik", "Norvik", "the carmaker")));

        ResolvedArticle later = resolver.resolve(article("b", person("person:nrvk", "Norvik")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("name:norvik");
        assertThat(later.annotated().mentions()).extracting(Mention::type).containsExactly(EntityType.PERSON);
    }

    @Test
    void oneWordPersonTaggedNamePrefersTheOrganisationOverAFullNameEndingInIt() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", person("person:vr-nrvk", "Vera Norvik")));
        resolver.resolve(article("b", org("name:norvik", "Norvik")));

        ResolvedArticle later = resolver.resolve(article("c", person("person:nrvk", "Norvik")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("name:norvik");
    }

    @Test
    void organisationDoesNotTakeTheIdOfAOneWordPerson() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", person("person:nrvk", "Norvik")));

        ResolvedArticle later = resolver.resolve(article("b", org("name:norvik", "Norvik")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("name:norvik");
    }

    @Test
    void knowledgeTableIdsAreNeverRewritten() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", new Entity("name:peru", "Peru", EntityType.ORG, List.of("Peru"), null, List.of())));

        ResolvedArticle later = resolver.resolve(article("b",
                new Entity("gpe:PER", "Peru", EntityType.GPE, List.of("Peru"), "PER", List.of())));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("gpe:PER");
    }

    @Test
    void twoLocalEntitiesLinkedToOneCorpusEntityAreMergedAndQuotesFollow() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.resolve(article("a", person("person:mrt-vlnt", "Marta Valenti")));
        AnnotatedArticle b = article("b", person("person:mrt-vlnt", "Marta Valenti", "Minister Marta Valenti"),
                person("person:vlnt", "Valenti", "Ms Valenti"));
        Quote quote = new Quote(new Span(0, 5), true, "person:vlnt", null, "said", 0.9);
        b = new AnnotatedArticle(b.article(), b.sentences(), b.mentions(), b.entities(), List.of(quote), b.timexes());

        AnnotatedArticle out = resolver.resolve(b).annotated();

        assertThat(out.entities()).hasSize(1);
        assertThat(out.entities().getFirst().aliases())
                .containsExactly("Marta Valenti", "Minister Marta Valenti", "Valenti", "Ms Valenti");
        assertThat(out.mentions()).extracting(Mention::entityId).containsOnly("person:mrt-vlnt");
        assertThat(out.mentions()).extracting(Mention::span).isEqualTo(b.mentions().stream().map(Mention::span).toList());
        assertThat(out.quotes().getFirst().speakerId()).isEqualTo("person:mrt-vlnt");
    }

    @Test
    void replayedArticlesAreRegisteredWithoutRewriting() {
        RegistryEntityResolver resolver = new RegistryEntityResolver();
        resolver.register(article("a", person("person:mrt-vlnt", "Marta Valenti")));

        ResolvedArticle later = resolver.resolve(article("b", person("person:vlnt", "Valenti")));

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("person:mrt-vlnt");
    }

    @Test
    void articleWithoutEntitiesPassesThrough() {
        AnnotatedArticle empty = article("a");

        ResolvedArticle out = new RegistryEntityResolver().resolve(empty);

        assertThat(out.annotated()).isEqualTo(empty);
        assertThat(out.entityLinks()).isEmpty();
    }

    @Test
    void mentionOfAnIdTheArticleDoesNotDefineKeepsIt() {
        AnnotatedArticle a = article("a", person("person:vlnt", "Valenti"));
        Mention stray = new Mention(new Span(0, 3), EntityType.ORG, MentionKind.NAME, "name:elsewhere");
        a = new AnnotatedArticle(a.article(), a.sentences(), List.of(stray), a.entities(), a.quotes(), a.timexes());

        AnnotatedArticle out = new RegistryEntityResolver().resolve(a).annotated();

        assertThat(out.mentions()).containsExactly(stray);
    }
}
