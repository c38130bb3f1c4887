package org.newsgraph.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMatchTest {
    @Test
    void ignoresWhitespaceAndQuoteMarkStyle() {
        assertThat(TextMatch.same("the minister’s  “plan”", "the minister's \"plan\"")).isTrue();
        assertThat(TextMatch.same("a\u00A0b", "a b")).isTrue();
        assertThat(TextMatch.contains("He said “we will   not yield” today", "\"we will not yield\"")).isTrue();
    }

    @Test
    void otherDifferencesStillCount() {
        assertThat(TextMatch.same("Minister", "minister")).isFalse();
        assertThat(TextMatch.same("Irans", "Iran's")).isFalse();
        assertThat(TextMatch.same(null, "x")).isFalse();
        assertThat(TextMatch.same(null, null)).isTrue();
    }

    @Test
    void outletNamesMatchLeniently() {
        assertThat(TextMatch.sameOutlet("Tasnim", "Tasnim News Agency")).isTrue();
        assertThat(TextMatch.sameOutlet("IranPress", "Iran Press")).isTrue();
        assertThat(TextMatch.sameOutlet("Dateline", "Dateline Nigeria (CNN copy)")).isTrue();
        assertThat(TextMatch.sameOutlet("Sputnik", "The National")).isFalse();
        assertThat(TextMatch.sameOutlet("CNN", "Dateline Nigeria (CNN copy)")).isFalse();
        assertThat(TextMatch.sameOutlet("The News", "News Today")).isFalse();
    }
}
