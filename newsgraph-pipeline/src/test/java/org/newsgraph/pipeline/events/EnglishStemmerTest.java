package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EnglishStemmerTest {
    private final EnglishStemmer stemmer = EnglishStemmer.standard();

    @Test
    void inflectionsShareAStem() {
        assertThat(stemmer.stem("meets")).isEqualTo(stemmer.stem("meet"));
        assertThat(stemmer.stem("meeting")).isEqualTo(stemmer.stem("meet"));
        assertThat(stemmer.stem("met")).isEqualTo(stemmer.stem("meet"));
        assertThat(stemmer.stem("struck")).isEqualTo(stemmer.stem("strike"));
        assertThat(stemmer.stem("striking")).isEqualTo(stemmer.stem("strike"));
        assertThat(stemmer.stem("arrested")).isEqualTo(stemmer.stem("arrest"));
        assertThat(stemmer.stem("mobilised")).isEqualTo(stemmer.stem("mobilize"));
        assertThat(stemmer.stem("deployed")).isEqualTo(stemmer.stem("deploy"));
        assertThat(stemmer.stem("stopped")).isEqualTo(stemmer.stem("stop"));
        assertThat(stemmer.stem("held")).isEqualTo(stemmer.stem("hold"));
    }

    @Test
    void caseDoesNotMatterEvenUnderATurkishLocale() {
        assertThat(stemmer.stem("VISITED")).isEqualTo(stemmer.stem("visit"));
        assertThat(stemmer.stem("INVITE")).isEqualTo(stemmer.stem("invite"));
    }

    @Test
    void differentWordsKeepDifferentStems() {
        assertThat(stemmer.stem("meet")).isNotEqualTo(stemmer.stem("meat"));
        assertThat(stemmer.stem("visit")).isNotEqualTo(stemmer.stem("vision"));
    }

    @Property
    void anyStringHasAStem(@ForAll String word) {
        assertThat(stemmer.stem(word)).isNotNull();
    }
}
