package org.newsgraph.pipeline.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void transliterationVariantsShareASkeleton() {
        assertThat(NameKeys.skeleton("Qassem")).isEqualTo(NameKeys.skeleton("Qasem")).isEqualTo(NameKeys.skeleton("Qasim"));
        assertThat(NameKeys.skeleton("Mekdad")).isEqualTo(NameKeys.skeleton("Miqdad"));
        assertThat(NameKeys.skeleton("Kadhimi")).isEqualTo(NameKeys.skeleton("Kazemi"));
        assertThat(NameKeys.skeleton("Sergei")).isEqualTo(NameKeys.skeleton("Sergey"));
        assertThat(NameKeys.skeleton("Mohamed")).isEqualTo(NameKeys.skeleton("Mohammed")).isEqualTo(NameKeys.skeleton("Muhamad"));
    }

    @Test
    void arabicArticleIsIgnored() {
        assertThat(NameKeys.skeleton("al-Kadhimi")).isEqualTo(NameKeys.skeleton("Kadhimi"));
        assertThat(NameKeys.skeleton("Ali")).isNotEmpty();
    }

    @Test
    void differentNamesKeepDifferentSkeletons() {
        assertThat(NameKeys.skeleton("Soleimani")).isNotEqualTo(NameKeys.skeleton("Shamkhani"));
    }

    @Test
    void foldsOtherScriptsAndAccentsToAscii() {
        assertThat(NameKeys.fold("Путин")).isEqualTo("putin");
        assertThat(NameKeys.fold("Luiz Inácio Lula da Silva")).isEqualTo("luiz inacio lula da silva");
        assertThat(NameKeys.slug("Deir ez-Zor")).isEqualTo("deir-ez-zor");
    }

    @Property(tries = 200)
    void keysAreLowerCaseAsciiForAnyInput(@ForAll String name) {
        assertThat(NameKeys.fold(name)).matches("[a-z0-9 ]*");
        assertThat(NameKeys.skeleton(name)).matches("[a-z0-9]*");
    }
}
