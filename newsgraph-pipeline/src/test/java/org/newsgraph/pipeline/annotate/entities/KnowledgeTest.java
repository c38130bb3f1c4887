package org.newsgraph.pipeline.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.MentionKind;

class KnowledgeTest {

    private final Knowledge knowledge = Knowledge.standard();

    @Test
    void knownAliasesNameTheSameOrganisation() {
        for (String alias : new String[] {"Daesh", "ISIS", "ISIL", "Islamic State"}) {
            assertThat(knowledge.lookup(alias)).get().extracting(k -> k.entity().id()).isEqualTo("org:islamic-state");
        }
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(knowledge.lookup("US")).get().extracting(k -> k.entity().id()).isEqualTo("gpe:USA");
        assertThat(knowledge.lookup("us")).isEmpty();
        assertThat(knowledge.lookup("U.S.")).get().extracting(KnownName::kind).isEqualTo(MentionKind.ACRONYM);
    }

    @Test
    void capitalStandsForTheCountryAndKnowsItsPlace() {
        KnownName tehran = knowledge.lookup("Tehran").orElseThrow();
        assertThat(tehran.entity().id()).isEqualTo("gpe:IRN");
        assertThat(tehran.kind()).isEqualTo(MentionKind.METONYM);
        assertThat(tehran.place().id()).isEqualTo("gpe:IRN:tehran");
    }

    @Test
    void demonymsLinkToTheirCountry() {
        KnownName iraqi = knowledge.lookup("Iraqi").orElseThrow();
        assertThat(iraqi.entity().id()).isEqualTo("gpe:IRQ");
        assertThat(iraqi.kind()).isEqualTo(MentionKind.DEMONYM);
    }

    @Test
    void curlyApostrophesAndSpacesAreNormalised() {
        assertThat(knowledge.lookup("People’s  Republic of China")).get().extracting(k -> k.entity().id()).isEqualTo("gpe:CHN");
    }

    @Test
    void outletsTitlesAndBodiesAreKnown() {
        assertThat(knowledge.isOutlet("Reuters")).isTrue();
        assertThat(knowledge.isOutlet("Tehran")).isFalse();
        assertThat(knowledge.isTitle("Foreign Minister")).isTrue();
        assertThat(knowledge.isStateBody("foreign ministry")).isTrue();
        assertThat(knowledge.isOrganisationNoun("bloc")).isTrue();
    }

    @Test
    void emptyOrUnknownStringsFindNothing() {
        assertThat(knowledge.lookup("")).isEmpty();
        assertThat(knowledge.lookup(null)).isEmpty();
        assertThat(knowledge.lookup("Atlantis Federation")).isEmpty();
    }
}
