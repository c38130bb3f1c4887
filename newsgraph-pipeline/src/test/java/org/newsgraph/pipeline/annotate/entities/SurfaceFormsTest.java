package org.newsgraph.pipeline.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.annotate.tagging.ScriptedTagger;

/** Surface forms that readers meet for one entity, each from a short article written for the test. */
class SurfaceFormsTest {

    private final NewsEntityRecognizer recognizer =
            new NewsEntityRecognizer(Knowledge.fromTables(NewsEntityRecognizerTest.INVENTED));

    private EntityLayer read(String text, Map<String, String> labels) {
        return recognizer.recognize(text, new ScriptedTagger(labels).tag(text));
    }

    private static Optional<Entity> byId(EntityLayer layer, String id) {
        return layer.entities().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static Optional<Entity> withAlias(EntityLayer layer, String alias) {
        return layer.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst();
    }

    @Test
    void juntaDescriptionsOfOneCountryShareOneEntityAcrossArticles() {
        EntityLayer one = read("Soldiers staged a coup in Ostavia on Monday. The junta closed the borders.", Map.of());
        EntityLayer two = read("The Ostavian junta rejected the ultimatum after the coup. Coup leaders met envoys.", Map.of());
        Entity first = byId(one, "org:XOS:junta").orElseThrow();
        Entity second = byId(two, "org:XOS:junta").orElseThrow();
        assertThat(first.aliases()).contains("The junta");
        assertThat(second.aliases()).contains("The Ostavian junta", "Ostavian junta", "Coup leaders");
    }

    @Test
    void soldiersAreTheJuntaOnlyWithTheArticleInACoupStory() {
        EntityLayer coup = read("The coup in Ostavia began at dawn. The soldiers closed the airport.", Map.of());
        EntityLayer war = read("Ten soldiers died in Ostavia on Monday. The soldiers were on patrol.", Map.of());
        assertThat(byId(coup, "org:XOS:junta").orElseThrow().aliases()).contains("The soldiers");
        assertThat(byId(war, "org:MLI:junta")).isEmpty();
    }

    @Test
    void organOfAKnownBlocIsOneEntityInEverySpelling() {
        EntityLayer one = read("CLS ordered its standby flotilla to sail. The CLS stand-by flotilla will deploy.", Map.of());
        EntityLayer two = read("The chiefs of naval staff of CLS met in Kessel. CLS said the talks failed.", Map.of());
        EntityLayer three = read("CLS directed the Committee of Chiefs of Naval Staff to meet.", Map.of());
        assertThat(byId(one, "org:cls:stand-by-flotilla").orElseThrow().aliases())
                .contains("standby flotilla", "CLS stand-by flotilla", "The CLS stand-by flotilla");
        String committee = "org:cls:committee-of-chiefs-of-naval-staff";
        assertThat(byId(two, committee).orElseThrow().aliases()).contains("chiefs of naval staff of CLS");
        assertThat(byId(three, committee).orElseThrow().aliases()).contains("Committee of Chiefs of Naval Staff");
    }

    @Test
    void commonOrganNeedsItsOrganisationNamedBesideIt() {
        EntityLayer alone = read("CLS leaders met in Kessel. The commission met on Friday.", Map.of());
        EntityLayer beside = read("Later the CLS commission issued a statement.", Map.of());
        assertThat(alone.entities()).noneMatch(e -> e.id().endsWith(":commission"));
        assertThat(byId(beside, "org:cls:commission").orElseThrow().aliases()).contains("CLS commission");
    }

    @Test
    void nameTheTaggerSplitAtAndIsOneMeetingKeyedWithoutOrdinal() {
        EntityLayer one = read("Leaders flew to the Third Silk and Road Forum for Regional Cooperation on Tuesday.",
                Map.of("Silk", "LOCATION", "Road Forum for Regional Cooperation", "ORGANIZATION"));
        EntityLayer two = read("Delegates praised the Silk and Road Forum on Wednesday.",
                Map.of("Silk", "LOCATION", "Road Forum", "ORGANIZATION"));
        Entity first = withAlias(one, "Third Silk and Road Forum for Regional Cooperation").orElseThrow();
        Entity second = withAlias(two, "Silk and Road Forum").orElseThrow();
        assertThat(first.id()).isEqualTo("name:silk-and-road-forum").isEqualTo(second.id());
    }

    @Test
    void personRunTogetherWithAPlaceIsSplitAtTheTitle() {
        String text = "Officials said the Kandra District Collector Ramesh Patil reached the site on Friday.";
        EntityLayer layer = read(text, Map.of("Kandra District Collector Ramesh Patil", "ORGANIZATION"));
        Entity person = withAlias(layer, "Ramesh Patil").orElseThrow();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(withAlias(layer, "Kandra District").orElseThrow().id()).isNotEqualTo(person.id());
    }

    @Test
    void surnameInCapitalsIsTheSamePerson() {
        String text = "Amina Diallo was detained on Monday.\n\"DIALLO remains our president,\" the statement said.";
        EntityLayer layer = read(text, Map.of("Amina Diallo", "PERSON"));
        assertThat(withAlias(layer, "Amina Diallo").orElseThrow().aliases()).contains("DIALLO", "Diallo");
    }

    @Test
    void facilityIsAlsoKnownWithoutItsOwner() {
        String text = "Workers walked out of the Orion Lakeside Assembly Complex on Friday.";
        EntityLayer layer = read(text, Map.of("Orion Lakeside Assembly Complex", "ORGANIZATION"));
        assertThat(withAlias(layer, "Orion Lakeside Assembly Complex").orElseThrow().aliases())
                .contains("Lakeside Assembly Complex");
    }

    @Test
    void placeWordAfterANameKeepsTheSameIdAsTheBareName() {
        EntityLayer one = read("The leaders met at the Marisol Hotel on Monday.", Map.of("Marisol Hotel", "LOCATION"));
        EntityLayer two = read("Guests left Marisol early on Monday.", Map.of("Marisol", "LOCATION"));
        assertThat(withAlias(one, "Marisol Hotel").orElseThrow().id()).isEqualTo(withAlias(two, "Marisol").orElseThrow().id());
    }

    @Test
    void acronymOfACommonNounIsNotAnOrganisation() {
        EntityLayer layer = read("KVX sold more cars. KVX shares rose. The EV maker cut prices.", Map.of("EV", "ORGANIZATION"));
        assertThat(layer.entities()).noneMatch(e -> e.canonical().equals("EV"));
        assertThat(byId(layer, "org:kvx").orElseThrow().aliases()).contains("The EV maker");
    }

    @Test
    void organisationDescribedByItsFounderKeepsTheWholeDescription() {
        String text = "Halvard raised its forecast. Halvard shares jumped. Traders said the firm founded by Mira Lund still leads.";
        EntityLayer layer = read(text, Map.of("Mira Lund", "PERSON"));
        assertThat(byId(layer, "org:halvard").orElseThrow().aliases()).contains("the firm founded by Mira Lund");
    }

    @Test
    void corporateSuffixFormJoinsTheKnownCompany() {
        String text = "Orbis Soft bought Lumen Gaming, Inc. last year.";
        EntityLayer layer = read(text, Map.of("Lumen Gaming, Inc.", "ORGANIZATION"));
        assertThat(byId(layer, "org:lumen-gaming").orElseThrow().aliases()).contains("Lumen Gaming, Inc.");
        assertThat(layer.entities()).noneMatch(e -> e.id().startsWith("name:lumen"));
    }

    @Test
    void premodifiedPresidentAlsoGivesEachShorterForm() {
        String text = "Crowds cheered Marovia's former President Paulo Mendes in Calvo.";
        EntityLayer layer = read(text, Map.of("Paulo Mendes", "PERSON"));
        assertThat(withAlias(layer, "Paulo Mendes").orElseThrow().aliases())
                .contains("Marovia's former President Paulo Mendes", "former President Paulo Mendes", "President Paulo Mendes");
    }

    @Test
    void appositionAfterWhoIsGivesTheRole() {
        String text = "Mr Okafor, who is chief executive of Lumen Gaming, said sales rose.";
        EntityLayer layer = read(text, Map.of("Okafor", "PERSON", "Lumen Gaming", "ORGANIZATION"));
        assertThat(withAlias(layer, "Okafor").orElseThrow().aliases()).contains("chief executive of Lumen Gaming");
    }
}
