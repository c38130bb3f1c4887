package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DateReaderTest {
    private final DateReader reader = new DateReader();

    @Test
    void readsIsoDayAndIgnoresTheTimeZone() {
        assertThat(reader.parse("2021-04-30T23:30:00-05:00")).contains(LocalDate.of(2021, 4, 30));
    }

    @Test
    void readsMonthDayYearWithAbbreviationAndPeriod() {
        assertThat(reader.parse("Posted Sept. 3, 2019 at 8 am")).contains(LocalDate.of(2019, 9, 3));
        assertThat(reader.parse("Feb 28, 2022")).contains(LocalDate.of(2022, 2, 28));
    }

    @Test
    void readsDayMonthYear() {
        assertThat(reader.parse("updated 4 March 2021 14:05")).contains(LocalDate.of(2021, 3, 4));
    }

    @Test
    void weekdayWithoutADateIsNotRead() {
        assertThat(reader.parse("The minister spoke on Saturday")).isEmpty();
    }

    @Test
    void dayWithoutAYearIsNotRead() {
        assertThat(reader.parse("Talks resume on March 12")).isEmpty();
    }

    @Test
    void impossibleDayIsNotRead() {
        assertThat(reader.parse("February 30, 2021")).isEmpty();
        assertThat(reader.parse("2021-13-01")).isEmpty();
    }

    @Test
    void firstDateInTheTextWinsAndItsSpanIsReported() {
        String text = "By Jo Smith, June 2, 2020 — revised 2020-06-05";
        DateReader.Dated dated = reader.first(text).orElseThrow();
        assertThat(dated.day()).isEqualTo(LocalDate.of(2020, 6, 2));
        assertThat(dated.span().of(text)).isEqualTo("June 2, 2020");
    }

    @Property(tries = 500)
    void anyTextGivesADayInsideItOrNothing(@ForAll String text) {
        reader.first(text).ifPresent(d -> assertThat(d.span().end()).isLessThanOrEqualTo(text.length()));
    }
}
