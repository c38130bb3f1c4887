package org.newsgraph.pipeline.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.pipeline.annotate.tagging.RegexTagger;
import org.newsgraph.pipeline.annotate.tagging.ScriptedTagger;

class NewsEntityRecognizerTest {

    private final NewsEntityRecognizer recognizer = new NewsEntityRecognizer();

    private EntityLayer read(String text, Map<String, String> labels) {
        return recognizer.recognize(text, new ScriptedTagger(labels).tag(text));
    }

    private static Entity entity(EntityLayer layer, String id) {
        return layer.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id + " in " + layer.entities()));
    }

    private static Optional<Entity> withAlias(EntityLayer layer, String alias) {
        return layer.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst();
    }

    @Test
    void knownAliasesWinOverTheTaggersLabel() {
        EntityLayer layer = read("Militants of Daesh attacked a checkpoint, officials said.", Map.of("Daesh", "PERSON"));
        assertThat(entity(layer, "org:islamic-state").aliases()).contains("Daesh");
        assertThat(layer.entities()).noneMatch(e -> e.id().startsWith("person:"));
    }

    @Test
    void surnameJoinsTheFullNameWithinTheArticle() {
        String text = "Karim Haddad arrived in Amman on Monday. Haddad said the talks were useful.";
        EntityLayer layer = read(text, Map.of("Karim Haddad", "PERSON"));
        List<Entity> people = layer.entities().stream().filter(e -> e.id().startsWith("person:")).toList();
        assertThat(people).hasSize(1);
        assertThat(people.get(0).canonical()).isEqualTo("Karim Haddad");
        assertThat(people.get(0).aliases()).contains("Karim Haddad", "Haddad");
    }

    @Test
    void transliterationVariantsGetTheSameCorpusId() {
        EntityLayer one = read("General Qassem Soleimani was buried on Tuesday.", Map.of("Qassem Soleimani", "PERSON"));
        EntityLayer two = read("Crowds mourned Qasem Soleimani in the city.", Map.of("Qasem Soleimani", "PERSON"));
        String first = withAlias(one, "Qassem Soleimani").orElseThrow().id();
        assertThat(withAlias(two, "Qasem Soleimani").orElseThrow().id()).isEqualTo(first);
    }

    @Test
    void lostApostropheStillResolvesTheCountry() {
        EntityLayer layer = read("Irans envoy criticised Baghdads decision.", Map.of());
        assertThat(entity(layer, "gpe:IRN").aliases()).contains("Irans");
        assertThat(entity(layer, "gpe:IRQ").aliases()).contains("Baghdads");
    }

    @Test
    void capitalIsTheGovernmentUnlessItIsThePlace() {
        String text = "Tehran rejected the claim. The envoy later arrived in Tehran.";
        EntityLayer layer = read(text, Map.of());
        Mention first = layer.mentions().get(0);
        assertThat(first.entityId()).isEqualTo("gpe:IRN");
        assertThat(first.kind()).isEqualTo(MentionKind.METONYM);
        assertThat(layer.mentions()).anyMatch(m -> m.entityId().equals("gpe:IRN:tehran") && m.span().start() > 30);
    }

    @Test
    void demonymsAreMentionsOfTheirCountry() {
        EntityLayer layer = read("The Iraqi delegation left early.", Map.of());
        assertThat(layer.mentions()).singleElement().satisfies(m -> {
            assertThat(m.entityId()).isEqualTo("gpe:IRQ");
            assertThat(m.kind()).isEqualTo(MentionKind.DEMONYM);
        });
    }

    @Test
    void titleBeforeANameRecordsRoleCountryAndTheTitledForm() {
        String text = "Iraqi Foreign Minister Samir Khalil flew home on Sunday.";
        Entity person = withAlias(read(text, Map.of("Samir Khalil", "PERSON")), "Samir Khalil").orElseThrow();
        assertThat(person.roles()).contains("foreign minister");
        assertThat(person.country()).isEqualTo("IRQ");
        assertThat(person.aliases()).contains("Iraqi Foreign Minister Samir Khalil");
    }

    @Test
    void appositionAfterANameIsBoundToThatPerson() {
        String text = "Omar Darwish, the secretary of Syria's national security council, met the delegation.";
        Entity person = withAlias(read(text, Map.of("Omar Darwish", "PERSON")), "Omar Darwish").orElseThrow();
        assertThat(person.aliases()).contains("the secretary of Syria's national security council");
        assertThat(person.country()).isEqualTo("SYR");
    }

    @Test
    void definiteDescriptionGoesToThePersonOfThatCountryAndRole() {
        String text = "Russian President Ivan Sokolov met Turkish President Ali Demir in Ankara. "
                + "The Russian leader praised the host.";
        EntityLayer layer = read(text, Map.of("Ivan Sokolov", "PERSON", "Ali Demir", "PERSON"));
        assertThat(withAlias(layer, "Ivan Sokolov").orElseThrow().aliases()).contains("The Russian leader");
        assertThat(withAlias(layer, "Ali Demir").orElseThrow().aliases()).doesNotContain("The Russian leader");
    }

    @Test
    void descriptionWithoutAMatchingPersonStaysUnbound() {
        String text = "Turkish President Ali Demir spoke. The Brazilian minister did not attend.";
        EntityLayer layer = read(text, Map.of("Ali Demir", "PERSON"));
        assertThat(layer.entities()).noneMatch(e -> e.aliases().contains("The Brazilian minister"));
    }

    @Test
    void outletsAreNotEntities() {
        EntityLayer layer = read("Reuters reported the strike, citing Xinhua.", Map.of("Reuters", "ORGANIZATION", "Xinhua", "ORGANIZATION"));
        assertThat(layer.entities()).isEmpty();
    }

    @Test
    void reportersAreNotEntities() {
        String text = "By Laura Fenn\nKarim Haddad met the envoy.\n(Reporting by Tom Price and Ana Ruiz; Editing by Ian Moss)";
        EntityLayer layer = read(text, Map.of("Laura Fenn", "PERSON", "Karim Haddad", "PERSON", "Tom Price", "PERSON",
                "Ana Ruiz", "PERSON", "Ian Moss", "PERSON"));
        assertThat(layer.entities()).extracting(Entity::canonical).containsExactly("Karim Haddad");
    }

    @Test
    void acronymInParenthesesJoinsTheOrganisation() {
        String text = "The Northern Flood Relief Agency (NFRA) sent boats. NFRA teams worked overnight.";
        EntityLayer layer = read(text, Map.of("Northern Flood Relief Agency", "ORGANIZATION"));
        Entity agency = withAlias(layer, "Northern Flood Relief Agency").orElseThrow();
        assertThat(agency.aliases()).contains("NFRA");
        assertThat(layer.mentions().stream().filter(m -> m.entityId().equals(agency.id())).count()).isEqualTo(3);
    }

    @Test
    void countryAndStateBodyMakeAnOrganisationOfThatCountry() {
        EntityLayer layer = read("The Chinese Foreign Ministry summoned the envoy.", Map.of());
        Entity ministry = entity(layer, "org:CHN:foreign-ministry");
        assertThat(ministry.country()).isEqualTo("CHN");
        assertThat(ministry.aliases()).contains("Chinese Foreign Ministry");
    }

    @Test
    void organisationNamedAroundAKnownOneGetsOneIdWhateverTheWordOrder() {
        EntityLayer one = read("The ECOWAS Secretariat issued a statement.", Map.of("ECOWAS Secretariat", "ORGANIZATION"));
        EntityLayer two = read("The Secretariat of the Economic Community of West African States met.",
                Map.of("Secretariat of the Economic Community of West African States", "ORGANIZATION"));
        String id = withAlias(one, "ECOWAS Secretariat").orElseThrow().id();
        assertThat(withAlias(two, "Secretariat of the Economic Community of West African States").orElseThrow().id())
                .isEqualTo(id);
    }

    @Test
    void definiteDescriptionOfAnOrganisationGoesToTheOrganisationItNames() {
        String text = "Militants of Daesh claimed the attack. Officials blamed the Daesh terror network for it.";
        Entity daesh = entity(read(text, Map.of()), "org:islamic-state");
        assertThat(daesh.aliases()).contains("the Daesh terror network", "Daesh terror network");
    }

    @Test
    void organisationDescriptionAfterACommaGoesToTheNamedOrganisation() {
        String text = "The Harbour Safety Board, the national port regulator, opened an inquiry into Meridian Shipping. "
                + "Meridian Shipping denied wrongdoing and Meridian Shipping said it would cooperate.";
        EntityLayer layer = read(text, Map.of("Harbour Safety Board", "ORGANIZATION", "Meridian Shipping", "ORGANIZATION"));
        assertThat(withAlias(layer, "Harbour Safety Board").orElseThrow().aliases()).contains("the national port regulator");
    }

    @Test
    void descriptionBeforeAnOrganisationNameIsOneOfItsForms() {
        String text = "Investors cheered as solar panel maker Brightfield Energy raised its forecast.";
        EntityLayer layer = read(text, Map.of("Brightfield Energy", "ORGANIZATION"));
        assertThat(withAlias(layer, "Brightfield Energy").orElseThrow().aliases())
                .contains("solar panel maker Brightfield Energy");
    }

    @Test
    void bodyNamedWithItsCountryAfterwardsIsThatCountrysBody() {
        EntityLayer layer = read("The Security Council of the Russian Federation met on Friday.", Map.of());
        assertThat(entity(layer, "org:RUS:security-council").aliases())
                .contains("Security Council of the Russian Federation");
    }

    @Test
    void lostApostropheInALongerNameStillResolves() {
        EntityLayer layer = read("The Islamic Republics envoy left.", Map.of());
        assertThat(entity(layer, "gpe:IRN").aliases()).contains("Islamic Republics");
    }

    @Test
    void pronounFollowsTheLatestPerson() {
        String text = "Karim Haddad left Amman. He said nothing.";
        EntityLayer layer = read(text, Map.of("Karim Haddad", "PERSON"));
        String id = withAlias(layer, "Karim Haddad").orElseThrow().id();
        assertThat(layer.mentions()).anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.entityId().equals(id));
    }

    @Test
    void givesTheSameAnswerFromManyThreads() throws Exception {
        String text = "Iraqi Foreign Minister Samir Khalil met Daesh defectors in Baghdad. Khalil said the Iraqi "
                + "government would act. The Iraqi foreign minister later left Baghdads airport.";
        Map<String, String> labels = Map.of("Samir Khalil", "PERSON", "Khalil", "PERSON");
        EntityLayer expected = read(text, labels);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<EntityLayer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> read(text, labels)));
            }
            for (var r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void noTokensGiveNoEntities() {
        assertThat(recognizer.recognize("", new RegexTagger().tag(""))).isEqualTo(EntityLayer.EMPTY);
    }

    @Property
    void anyTextGivesMentionsInsideItThatPointToEntities(@ForAll String text) {
        EntityLayer layer = recognizer.recognize(text, new RegexTagger().tag(text));
        for (Mention m : layer.mentions()) {
            assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(layer.entities()).anyMatch(e -> e.id().equals(m.entityId()));
        }
    }
}
