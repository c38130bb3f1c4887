package org.newsgraph.pipeline.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.MentionKind;

/** The table loader, over the invented tables of the tests and, for loading alone, the shipped ones. */
class KnowledgeTest {

    private final Knowledge knowledge = Knowledge.fromTables(NewsEntityRecognizerTest.INVENTED);

    @Test
    void knownAliasesNameTheSameOrganisation() {
        for (String alias : new String[] {"Sabirun", "RTF", "Red Tide Brigades", "Red Tide Front"}) {
            assertThat(knowledge.lookup(alias)).get().extracting(k -> k.entity().id()).isEqualTo("org:red-tide");
        }
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(knowledge.lookup("CLS")).get().extracting(k -> k.entity().id()).isEqualTo("org:cls");
        assertThat(knowledge.lookup("cls")).isEmpty();
        assertThat(knowledge.lookup("CLS")).get().extracting(KnownName::kind).isEqualTo(MentionKind.ACRONYM);
    }

    @Test
    void capitalStandsForTheCountryAndKnowsItsPlace() {
        KnownName capital = knowledge.lookup("Strelsau").orElseThrow();
        assertThat(capital.entity().id()).isEqualTo("gpe:XRU");
        assertThat(capital.kind()).isEqualTo(MentionKind.METONYM);
        assertThat(capital.place().id()).isEqualTo("gpe:XRU:strelsau");
    }

    @Test
    void demonymsLinkToTheirCountry() {
        KnownName demonym = knowledge.lookup("Vorlandic").orElseThrow();
        assertThat(demonym.entity().id()).isEqualTo("gpe:XVO");
        assertThat(demonym.kind()).isEqualTo(MentionKind.DEMONYM);
    }

    @Test
    void curlyApostrophesAndSpacesAreNormalised() {
        assertThat(knowledge.lookup("Federal  Republic of Vorland")).get().extracting(k -> k.entity().id()).isEqualTo("gpe:XVO");
        assertThat(knowledge.lookup("Vorland’s")).isEmpty();
    }

    @Test
    void outletsTitlesAndBodiesAreKnown() {
        assertThat(knowledge.isOutlet("Harbour Wire")).isTrue();
        assertThat(knowledge.isOutlet("Strelsau")).isFalse();
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

    @Test
    void shippedTablesLoadWithCountriesOrganisationsAndOutlets() {
        Knowledge shipped = Knowledge.standard();
        assertThat(shipped.lookup("Ulaanbaatar")).get().extracting(k -> k.entity().id()).isEqualTo("gpe:MNG");
        assertThat(shipped.lookup("Interpol")).isPresent();
        assertThat(shipped.lookup("Ruritania")).isEmpty();
        assertThat(shipped.isOutlet("Harbour Wire")).isFalse();
    }

    @Test
    void aTableFolderMustBeAnAbsoluteFolder() {
        assertThatThrownBy(() -> Knowledge.fromTables("invented")).isInstanceOf(IllegalArgumentException.class);
    }
}
