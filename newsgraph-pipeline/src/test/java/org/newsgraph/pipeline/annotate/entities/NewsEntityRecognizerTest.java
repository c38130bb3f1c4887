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

/** The entity layer over short articles written for the test, with invented countries and organisations. */
class NewsEntityRecognizerTest {

    static final String INVENTED = "/org/newsgraph/pipeline/annotate/entities/invented/";

    private final NewsEntityRecognizer recognizer = new NewsEntityRecognizer(Knowledge.fromTables(INVENTED));

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
        EntityLayer layer = read("Militants of Sabirun attacked a checkpoint, officials said.", Map.of("Sabirun", "PERSON"));
        assertThat(entity(layer, "org:red-tide").aliases()).contains("Sabirun");
        assertThat(layer.entities()).noneMatch(e -> e.id().startsWith("person:"));
    }

    @Test
    void surnameJoinsTheFullNameWithinTheArticle() {
        String text = "Karim Haddad arrived in Kessel on Monday. Haddad said the talks were useful.";
        EntityLayer layer = read(text, Map.of("Karim Haddad", "PERSON"));
        List<Entity> people = layer.entities().stream().filter(e -> e.id().startsWith("person:")).toList();
        assertThat(people).hasSize(1);
        assertThat(people.get(0).canonical()).isEqualTo("Karim Haddad");
        assertThat(people.get(0).aliases()).contains("Karim Haddad", "Haddad");
    }

    @Test
    void transliterationVariantsGetTheSameCorpusId() {
        EntityLayer one = read("General Qassem Farhadi was buried on Tuesday.", Map.of("Qassem Farhadi", "PERSON"));
        EntityLayer two = read("Crowds mourned Qasem Farhady in the city.", Map.of("Qasem Farhady", "PERSON"));
        String first = withAlias(one, "Qassem Farhadi").orElseThrow().id();
        assertThat(withAlias(two, "Qasem Farhady").orElseThrow().id()).isEqualTo(first);
    }

    @Test
    void lostApostropheStillResolvesTheCountry() {
        EntityLayer layer = read("Vorlands envoy criticised Strelsaus decision.", Map.of());
        assertThat(entity(layer, "gpe:XVO").aliases()).contains("Vorlands");
        assertThat(entity(layer, "gpe:XRU").aliases()).contains("Strelsaus");
    }

    @Test
    void capitalIsTheGovernmentUnlessItIsThePlace() {
        String text = "Strelsau rejected the claim. The envoy later arrived in Strelsau.";
        EntityLayer layer = read(text, Map.of());
        Mention first = layer.mentions().get(0);
        assertThat(first.entityId()).isEqualTo("gpe:XRU");
        assertThat(first.kind()).isEqualTo(MentionKind.METONYM);
        assertThat(layer.mentions()).anyMatch(m -> m.entityId().equals("gpe:XRU:strelsau") && m.span().start() > 30);
    }

    @Test
    void demonymsAreMentionsOfTheirCountry() {
        EntityLayer layer = read("The Marovian delegation left early.", Map.of());
        assertThat(layer.mentions()).singleElement().satisfies(m -> {
            assertThat(m.entityId()).isEqualTo("gpe:XMA");
            assertThat(m.kind()).isEqualTo(MentionKind.DEMONYM);
        });
    }

    @Test
    void titleBeforeANameRecordsRoleCountryAndTheTitledForm() {
        String text = "Marovian Foreign Minister Samir Khalil flew home on Sunday.";
        Entity person = withAlias(read(text, Map.of("Samir Khalil", "PERSON")), "Samir Khalil").orElseThrow();
        assertThat(person.roles()).contains("foreign minister");
        assertThat(person.country()).isEqualTo("XMA");
        assertThat(person.aliases()).contains("Marovian Foreign Minister Samir Khalil");
    }

    @Test
    void appositionAfterANameIsBoundToThatPerson() {
        String text = "Omar Darwish, the secretary of Nerenia's national security council, met the delegation.";
        Entity person = withAlias(read(text, Map.of("Omar Darwish", "PERSON")), "Omar Darwish").orElseThrow();
        assertThat(person.aliases()).contains("the secretary of Nerenia's national security council");
        assertThat(person.country()).isEqualTo("XNE");
    }

    @Test
    void definiteDescriptionGoesToThePersonOfThatCountryAndRole() {
        String text = "Ruritanian President Ivan Sokolov met Vorlandic President Ali Demir in Kessel. "
                + "The Ruritanian leader praised the host.";
        EntityLayer layer = read(text, Map.of("Ivan Sokolov", "PERSON", "Ali Demir", "PERSON"));
        assertThat(withAlias(layer, "Ivan Sokolov").orElseThrow().aliases()).contains("The Ruritanian leader");
        assertThat(withAlias(layer, "Ali Demir").orElseThrow().aliases()).doesNotContain("The Ruritanian leader");
    }

    @Test
    void descriptionWithoutAMatchingPersonStaysUnbound() {
        String text = "Vorlandic President Ali Demir spoke. The Ostavian minister did not attend.";
        EntityLayer layer = read(text, Map.of("Ali Demir", "PERSON"));
        assertThat(layer.entities()).noneMatch(e -> e.aliases().contains("The Ostavian minister"));
    }

    @Test
    void outletsAreNotEntities() {
        EntityLayer layer = read("Harbour Wire reported the strike, citing Steppe Press Agency.",
                Map.of("Harbour Wire", "ORGANIZATION", "Steppe Press Agency", "ORGANIZATION"));
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
        EntityLayer layer = read("The Ostavian Foreign Ministry summoned the envoy.", Map.of());
        Entity ministry = entity(layer, "org:XOS:foreign-ministry");
        assertThat(ministry.country()).isEqualTo("XOS");
        assertThat(ministry.aliases()).contains("Ostavian Foreign Ministry");
    }

    @Test
    void organisationNamedAroundAKnownOneGetsOneIdWhateverTheWordOrder() {
        EntityLayer one = read("The CLS Secretariat issued a statement.", Map.of("CLS Secretariat", "ORGANIZATION"));
        EntityLayer two = read("The Secretariat of the Coastal League of States met.",
                Map.of("Secretariat of the Coastal League of States", "ORGANIZATION"));
        String id = withAlias(one, "CLS Secretariat").orElseThrow().id();
        assertThat(withAlias(two, "Secretariat of the Coastal League of States").orElseThrow().id())
                .isEqualTo(id);
    }

    @Test
    void definiteDescriptionOfAnOrganisationGoesToTheOrganisationItNames() {
        String text = "Militants of Sabirun claimed the attack. Officials blamed the Sabirun terror network for it.";
        Entity front = entity(read(text, Map.of()), "org:red-tide");
        assertThat(front.aliases()).contains("the Sabirun terror network", "Sabirun terror network");
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
        EntityLayer layer = read("The Security Council of the Federal Republic of Vorland met on Friday.", Map.of());
        assertThat(entity(layer, "org:XVO:security-council").aliases())
                .contains("Security Council of the Federal Republic of Vorland");
    }

    @Test
    void lostApostropheInALongerNameStillResolves() {
        EntityLayer layer = read("The Ruritanian Republics envoy left.", Map.of());
        assertThat(entity(layer, "gpe:XRU").aliases()).contains("Ruritanian Republics");
    }

    @Test
    void pronounFollowsTheLatestPerson() {
        String text = "Karim Haddad left Kessel. He said nothing.";
        EntityLayer layer = read(text, Map.of("Karim Haddad", "PERSON"));
        String id = withAlias(layer, "Karim Haddad").orElseThrow().id();
        assertThat(layer.mentions()).anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.entityId().equals(id));
    }

    @Test
    void givesTheSameAnswerFromManyThreads() throws Exception {
        String text = "Marovian Foreign Minister Samir Khalil met Sabirun defectors in Port Adela. Khalil said the "
                + "Marovian government would act. The Marovian foreign minister later left Strelsaus airport.";
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
