package org.newsgraph.pipeline.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

class DurationRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 9, 15);
    private final RuleTimeTagger tagger = new RuleTimeTagger();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The governor served three years in the post.|three years|P3Y",
            "Inflation has stayed high over the past two weeks.|the past two weeks|P2W",
            "The siege lasted a decade.|a decade|P10Y",
            "The strike lasted almost seven years.|almost seven years|P7Y",
            "Rescuers searched for 36 hours before giving up.|36 hours|PT36H",
            "He was sentenced to 90 days in jail.|90 days|P90D",
            "A four-week closure of the port begins soon.|four-week|P4W",
            "Talks will continue over the next few months.|the next few months|PXM",
            "The two clans have feuded for years.|years|PXY",
            "Prices have climbed in recent weeks.|recent weeks|PXW",
            "The fleet will be renewed over the next decade.|the next decade|P10Y",
            "Only a few minutes passed before the second blast.|Only a few minutes|PTXM"})
    void lengthsOfTimeAreDurations(String text, String expression, String iso) {
        List<Timex> found = tagger.tag(text, PUBLISHED);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).span().of(text)).isEqualTo(expression);
        assertThat(found.get(0).value()).isInstanceOfSatisfying(TimeValue.Duration.class, d -> assertThat(d.iso()).isEqualTo(iso));
    }

    @Test
    void aDurationIsNeverADay() {
        Timex t = tagger.tag("The fighting lasted three days.", PUBLISHED).get(0);
        assertThat(t.value()).isEqualTo(new TimeValue.Duration(OptionalInt.of(3), ChronoUnit.DAYS));
        assertThat(t.value().day()).isEmpty();
    }

    @Test
    void aDurationNeedsNoPublicationDate() {
        assertThat(tagger.tag("The ceasefire held for two weeks.", null)).extracting(Timex::value)
                .containsExactly(new TimeValue.Duration(OptionalInt.of(2), ChronoUnit.WEEKS));
    }

    @Test
    void agoStaysADateEvenWithAHedge() {
        assertThat(tagger.tag("The plant opened just six years ago.", PUBLISHED)).extracting(Timex::value)
                .containsExactly(new TimeValue.Year(2015));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The airline runs four flights a week to the island.|a week|WEEKS",
            "The deal saves the group $500 million a year.|a year|YEARS",
            "The ministry publishes the figures daily.|daily|DAYS",
            "Inspectors visit the plant every month.|every month|MONTHS"})
    void whatRecursIsARecurrence(String text, String expression, ChronoUnit every) {
        List<Timex> found = tagger.tag(text, PUBLISHED);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).span().of(text)).isEqualTo(expression);
        assertThat(found.get(0).value()).isEqualTo(new TimeValue.Recurrence(every));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Children aged 6 months and older should be vaccinated.",
            "A 10-year-old boy was among the injured.",
            "A second convoy reached the city at dawn."})
    void agesAndOrdinalsAreNotLengths(String text) {
        assertThat(tagger.tag(text, PUBLISHED)).noneMatch(t -> t.value() instanceof TimeValue.Duration);
    }
}
