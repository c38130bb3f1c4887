package org.newsgraph.pipeline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotationMarksTest {
    private final QuotationMarks marks = new QuotationMarks();

    private List<String> inner(String text) {
        return marks.find(text).stream().map(q -> q.inner().of(text)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "He said “the port is closed” on Monday.",
            "He said \"the port is closed\" on Monday.",
            "He said \"the port is closed” on Monday.",
            "He said «the port is closed» on Monday.",
            "He said « the port is closed » on Monday.",
            "He said „the port is closed“ on Monday.",
            "He said ‘the port is closed’ on Monday."})
    void everyCommonQuoteStyleGivesTheWordsBetweenTheMarks(String text) {
        assertThat(inner(text)).containsExactly("the port is closed");
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertThat(inner("The workers’ union didn't strike; it's the ministers' decision.")).isEmpty();
    }

    @Test
    void unclosedQuotationEndsWithItsParagraph() {
        String text = "“The first phase ends in June.\n\n“The second phase follows.”";
        List<QuotedSpan> found = marks.find(text);
        assertThat(found).extracting(q -> q.inner().of(text))
                .containsExactly("The first phase ends in June.", "The second phase follows.");
        assertThat(found).extracting(QuotedSpan::closed).containsExactly(false, true);
    }

    @Test
    void closingMarkWithoutOpeningStartsAtTheParagraph() {
        String text = "Intro.\nWe will rebuild every house,” the mayor said.";
        QuotedSpan q = marks.find(text).get(0);
        assertThat(q.inner().of(text)).isEqualTo("We will rebuild every house,");
        assertThat(q.opened()).isFalse();
    }

    @Test
    void singleQuotesInsideDoubleQuotesAreNotSeparateQuotations() {
        assertThat(inner("She said: “They called it ‘a trap’ from the start.”"))
                .containsExactly("They called it ‘a trap’ from the start.");
    }
}
