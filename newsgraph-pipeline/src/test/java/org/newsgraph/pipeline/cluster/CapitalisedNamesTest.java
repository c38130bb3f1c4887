package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CapitalisedNamesTest {
    private final CapitalisedNames names = new CapitalisedNames(WordList.load("not-names.txt"));

    private List<String> keys(String text, CapitalisedNames.Kind kind) {
        return names.find(text).stream().filter(n -> n.kind() == kind).map(CapitalisedNames.Name::key).toList();
    }

    @Test
    void fullNameAfterTitlesGivesTheSurnameAsKey() {
        String text = "He met Iraqi Foreign Minister Karim Haddad in Basra. Haddad said the talks went well.";
        assertThat(keys(text, CapitalisedNames.Kind.FULL_NAME)).containsExactly("haddad");
        assertThat(keys(text, CapitalisedNames.Kind.SINGLE)).containsExactly("basra");
        assertThat(keys(text, CapitalisedNames.Kind.SENTENCE_START)).containsExactly("haddad");
    }

    @Test
    void nameParticleIsDroppedWhateverItsCase() {
        assertThat(keys("talks with Samir al-Tikriti on trade", CapitalisedNames.Kind.FULL_NAME)).containsExactly("tikriti");
        assertThat(keys("the envoy Al-Tikriti arrived", CapitalisedNames.Kind.SINGLE)).containsExactly("tikriti");
    }

    @Test
    void runEndingInAGenericHeadIsKeptWhole() {
        assertThat(keys("a session of the Supreme National Security Council ended", CapitalisedNames.Kind.PHRASE))
                .containsExactly("supreme national security council");
        assertThat(keys("troops of the United States left", CapitalisedNames.Kind.PHRASE)).containsExactly("united states");
    }

    @Test
    void weekdaysMonthsAndTitlesAloneAreNotNames() {
        assertThat(names.find("talks on Tuesday in March with the President")).isEmpty();
    }

    @Property(tries = 300)
    void anyTextGivesNamesInsideIt(@ForAll String text) {
        for (CapitalisedNames.Name name : names.find(text)) {
            assertThat(name.start()).isBetween(0, text.length());
            assertThat(name.key()).isNotBlank();
        }
    }
}
