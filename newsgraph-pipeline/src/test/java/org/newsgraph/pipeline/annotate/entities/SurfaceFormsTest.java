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

    private final NewsEntityRecognizer recognizer = new NewsEntityRecognizer();

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
        EntityLayer one = read("Soldiers staged a coup in Mali on Monday. The junta closed the borders.", Map.of());
        EntityLayer two = read("The Malian junta rejected the ultimatum after the coup. Coup leaders met envoys.", Map.of());
        Entity first = byId(one, "org:MLI:junta").orElseThrow();
        Entity second = byId(two, "org:MLI:junta").orElseThrow();
        assertThat(first.aliases()).contains("The junta");
        assertThat(second.aliases()).contains("The Malian junta", "Malian junta", "Coup leaders");
    }

    @Test
    void soldiersAreTheJuntaOnlyWithTheArticleInACoupStory() {
        EntityLayer coup = read("The coup in Mali began at dawn. The soldiers closed the airport.", Map.of());
        EntityLayer war = read("Ten soldiers died in Mali on Monday. The soldiers were on patrol.", Map.of());
        assertThat(byId(coup, "org:MLI:junta").orElseThrow().aliases()).contains("The soldiers");
        assertThat(byId(war, "org:MLI:junta")).isEmpty();
    }

    @Test
    void organOfAKnownBlocIsOneEntityInEverySpelling() {
        EntityLayer one = read("ECOWAS ordered its standby force to prepare. The ECOWAS stand-by force will deploy.", Map.of());
        EntityLayer two = read("The chiefs of defense staff of ECOWAS met in Accra. ECOWAS said the talks failed.", Map.of());
        EntityLayer three = read("ECOWAS directed the Committee of Chiefs of Defence Staff to meet.", Map.of());
        assertThat(byId(one, "org:ecowas:standby-force").orElseThrow().aliases())
                .contains("standby force", "ECOWAS stand-by force", "The ECOWAS stand-by force");
        String committee = "org:ecowas:committee-of-chiefs-of-defence-staff";
        assertThat(byId(two, committee).orElseThrow().aliases()).contains("chiefs of defense staff of ECOWAS");
        assertThat(byId(three, committee).orElseThrow().aliases()).contains("Committee of Chiefs of Defence Staff");
    }

    @Test
    void commonOrganNeedsItsOrganisationNamedBesideIt() {
        EntityLayer alone = read("ECOWAS leaders met in Abuja. The commission met on Friday.", Map.of());
        EntityLayer beside = read("Later the ECOWAS commission issued a statement.", Map.of());
        assertThat(alone.entities()).noneMatch(e -> e.id().endsWith(":commission"));
        assertThat(byId(beside, "org:ecowas:commission").orElseThrow().aliases()).contains("ECOWAS commission");
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
        EntityLayer layer = read("BYD sold more cars. BYD shares rose. The EV maker cut prices.", Map.of("EV", "ORGANIZATION"));
        assertThat(layer.entities()).noneMatch(e -> e.canonical().equals("EV"));
        assertThat(byId(layer, "org:byd").orElseThrow().aliases()).contains("The EV maker");
    }

    @Test
    void organisationDescribedByItsFounderKeepsTheWholeDescription() {
        String text = "Nvidia raised its forecast. Nvidia shares jumped. Traders said the company founded by Jensen Huang still leads.";
        EntityLayer layer = read(text, Map.of("Jensen Huang", "PERSON"));
        assertThat(byId(layer, "org:nvidia").orElseThrow().aliases()).contains("the company founded by Jensen Huang");
    }

    @Test
    void corporateSuffixFormJoinsTheKnownCompany() {
        String text = "Microsoft bought Activision Blizzard, Inc. last year.";
        EntityLayer layer = read(text, Map.of("Activision Blizzard, Inc.", "ORGANIZATION"));
        assertThat(byId(layer, "org:activision-blizzard").orElseThrow().aliases()).contains("Activision Blizzard, Inc.");
        assertThat(layer.entities()).noneMatch(e -> e.id().startsWith("name:activision"));
    }

    @Test
    void premodifiedPresidentAlsoGivesEachShorterForm() {
        String text = "Crowds cheered Brazil's former President Paulo Mendes in Recife.";
        EntityLayer layer = read(text, Map.of("Paulo Mendes", "PERSON"));
        assertThat(withAlias(layer, "Paulo Mendes").orElseThrow().aliases())
                .contains("Brazil's former President Paulo Mendes", "former President Paulo Mendes", "President Paulo Mendes");
    }

    @Test
    void appositionAfterWhoIsGivesTheRole() {
        String text = "Mr Okafor, who is chief executive of Lumen Gaming, said sales rose.";
        EntityLayer layer = read(text, Map.of("Okafor", "PERSON", "Lumen Gaming", "ORGANIZATION"));
        assertThat(withAlias(layer, "Okafor").orElseThrow().aliases()).contains("chief executive of Lumen Gaming");
    }
}
