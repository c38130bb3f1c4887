package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Found;
import org.newsgraph.model.Metadata;

/** Bylines, credits, tickers and the outlet are never actors; titles are never places; one actor is never both sides. */
class NonActorsAndPlacesTest {
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();
    private static final PatternEventCoder CODER = new PatternEventCoder(
            ((org.newsgraph.model.Outcome.Ok<EventOntology>) new OntologyLoader(STEMMER).bundled()).value(), STEMMER);

    private static EventMention main(List<EventMention> events) {
        return events.stream().filter(EventMention::main).findFirst().orElseThrow();
    }

    private static String name(AnnotatedArticle a, String id) {
        return id == null ? null : a.entities().stream().filter(e -> e.id().equals(id)).map(Entity::canonical).findFirst().orElse(id);
    }

    @Test
    void bylineReporterIsNotTheSource() {
        AnnotatedArticle a = ArticleFixture.of("By Mara Tull\nThe Velonian army shelled the rebel stronghold of Karst overnight, officials said.")
                .entity("tull", EntityType.PERSON, "Mara Tull")
                .entity("army", EntityType.ORG, "The Velonian army")
                .entity("karst", EntityType.GPE, "Karst")
                .build();
        EventMention e = main(CODER.code(a));
        assertThat(name(a, e.sourceId())).isEqualTo("The Velonian army");
    }

    @Test
    void creditsTickersAndTheOutletAreNotActors() {
        Metadata outlet = new Metadata(Optional.empty(), Optional.of(new Found<>("Harbour Ledger", "fixture", null)),
                Optional.empty(), Optional.empty());
        String text = "Harbour Ledger reported that Orrin Corp (NYSE: ORC) agreed to buy Tessel Labs for $2 billion. "
                + "Photo: Jon Bakke";
        AnnotatedArticle a = ArticleFixture.of(text)
                .entity("ledger", EntityType.ORG, "Harbour Ledger")
                .entity("orrin", EntityType.ORG, "Orrin Corp")
                .entity("orc", EntityType.ORG, "ORC")
                .entity("tessel", EntityType.ORG, "Tessel Labs")
                .entity("bakke", EntityType.PERSON, "Jon Bakke")
                .metadata(outlet)
                .build();
        List<String> actors = CODER.code(a).stream().flatMap(e -> java.util.stream.Stream.of(e.sourceId(), e.targetId()))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(actors).doesNotContain("ledger", "orc", "bakke");
        assertThat(NonActors.excluded(text, a.mentions().stream().filter(m -> m.entityId().equals("bakke")).findFirst().orElseThrow(),
                null, null)).isTrue();
    }

    @Test
    void passiveAgentAfterByStaysAnActor() {
        String text = "The plan was criticised by Senator Ilse Varg on Monday.";
        AnnotatedArticle a = ArticleFixture.of(text).entity("varg", EntityType.PERSON, "Senator Ilse Varg").build();
        assertThat(NonActors.excluded(text, a.mentions().getFirst(), null, null)).isFalse();
    }

    @Test
    void aTitleReadAsAPlaceIsNoPlace() {
        AnnotatedArticle a = ArticleFixture.of("The foreign minister of Velonia met the Crown Prince in Nairobi on trade.")
                .entity("velonia", EntityType.GPE, "Velonia")
                .entity("prince", EntityType.LOC, "Crown Prince")
                .entity("nairobi", EntityType.GPE, "Nairobi")
                .build();
        EventMention e = main(CODER.code(a));
        assertThat(e.place()).isEqualTo("Nairobi");
        assertThat(TitleWords.titled("Crown Prince")).isTrue();
        assertThat(TitleWords.titled("Nairobi")).isFalse();
    }

    @Test
    void twoNamesOfOneActorAreNotSourceAndTarget() {
        AnnotatedArticle a = ArticleFixture.of("The Velonian government criticised Velonia over the new tax on Friday.")
                .entity("gov", EntityType.ORG, "The Velonian government")
                .entity("vel", EntityType.GPE, "Velonia")
                .build();
        EventMention before = main(CODER.code(a));
        assertThat(before.sourceId()).isEqualTo("gov");
        assertThat(before.targetId()).isEqualTo("vel");
        EventMention e = main(CODER.code(withCanonical(a, "gov", "Velonia")));
        assertThat(e.sourceId()).isEqualTo("gov");
        assertThat(e.targetId()).isNull();
    }

    private static AnnotatedArticle withCanonical(AnnotatedArticle a, String id, String canonical) {
        List<Entity> entities = a.entities().stream()
                .map(e -> e.id().equals(id) ? new Entity(e.id(), canonical, e.type(), e.aliases(), e.country(), e.roles()) : e).toList();
        return new AnnotatedArticle(a.article(), a.sentences(), a.mentions(), entities, a.quotes(), a.timexes());
    }
}
