package org.newsgraph.pipeline.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void transliterationVariantsShareASkeleton() {
        assertThat(NameKeys.skeleton("Qassem")).isEqualTo(NameKeys.skeleton("Qasem")).isEqualTo(NameKeys.skeleton("Qasim"));
        assertThat(NameKeys.skeleton("Tarek")).isEqualTo(NameKeys.skeleton("Tariq"));
        assertThat(NameKeys.skeleton("Nadhiri")).isEqualTo(NameKeys.skeleton("Naziri"));
        assertThat(NameKeys.skeleton("Sergei")).isEqualTo(NameKeys.skeleton("Sergey"));
        assertThat(NameKeys.skeleton("Mohamed")).isEqualTo(NameKeys.skeleton("Mohammed")).isEqualTo(NameKeys.skeleton("Muhamad"));
    }

    @Test
    void arabicArticleIsIgnored() {
        assertThat(NameKeys.skeleton("al-Nadhiri")).isEqualTo(NameKeys.skeleton("Nadhiri"));
        assertThat(NameKeys.skeleton("Ali")).isNotEmpty();
    }

    @Test
    void differentNamesKeepDifferentSkeletons() {
        assertThat(NameKeys.skeleton("Farhadi")).isNotEqualTo(NameKeys.skeleton("Shirvani"));
    }

    @Test
    void foldsOtherScriptsAndAccentsToAscii() {
        assertThat(NameKeys.fold("Соколов")).isEqualTo("sokolov");
        assertThat(NameKeys.fold("João Inácio da Costa")).isEqualTo("joao inacio da costa");
        assertThat(NameKeys.slug("Tell ez-Zahra")).isEqualTo("tell-ez-zahra");
    }

    @Property(tries = 200)
    void keysAreLowerCaseAsciiForAnyInput(@ForAll String name) {
        assertThat(NameKeys.fold(name)).matches("[a-z0-9 ]*");
        assertThat(NameKeys.skeleton(name)).matches("[a-z0-9]*");
    }
}
