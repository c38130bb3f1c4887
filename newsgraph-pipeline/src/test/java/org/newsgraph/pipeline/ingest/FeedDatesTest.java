package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
    @Test
    void rfc822DatesAsRssWritesThemGiveTheDayAsWritten() {
        assertThat(FeedDates.parse("Tue, 21 Jul 2020 10:15:00 GMT")).isEqualTo(LocalDate.of(2020, 7, 21));
        assertThat(FeedDates.parse("Tue, 21 Jul 2020 23:50:00 -0500")).isEqualTo(LocalDate.of(2020, 7, 21));
        assertThat(FeedDates.parse("Wed, 02 Oct 2002 08:00 EST")).isEqualTo(LocalDate.of(2002, 10, 2));
        assertThat(FeedDates.parse("2 Oct 02 13:00:00 +0100")).isEqualTo(LocalDate.of(2002, 10, 2));
        assertThat(FeedDates.parse("Sunday, 5 January 2025 07:00:00 UT")).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(FeedDates.parse("mon, 03 MAR 2025 09:30:00 +03:30")).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void rfc3339AndIsoDatesAsAtomWritesThemGiveTheDayAsWritten() {
        assertThat(FeedDates.parse("2020-07-21T23:30:00-05:00")).isEqualTo(LocalDate.of(2020, 7, 21));
        assertThat(FeedDates.parse("2020-07-21T10:15:00.123Z")).isEqualTo(LocalDate.of(2020, 7, 21));
        assertThat(FeedDates.parse("2020-07-21")).isEqualTo(LocalDate.of(2020, 7, 21));
    }

    @Test
    void unreadableOrImpossibleDatesGiveNoDate() {
        assertThat(FeedDates.parse(null)).isNull();
        assertThat(FeedDates.parse("")).isNull();
        assertThat(FeedDates.parse("yesterday")).isNull();
        assertThat(FeedDates.parse("Tue, 31 Feb 2020 10:15:00 GMT")).isNull();
        assertThat(FeedDates.parse("Tue, 21 Jux 2020 10:15:00 GMT")).isNull();
        assertThat(FeedDates.parse("Tue, 21 Jul 2020 25:15:00 GMT")).isNull();
        assertThat(FeedDates.parse("2020-13-01T00:00:00Z")).isNull();
        assertThat(FeedDates.parse("21 Jul 1066")).isNull();
    }

    @Property(tries = 1000)
    void anyTextGivesADayInRangeOrNoDate(@ForAll @StringLength(max = 60) String text) {
        LocalDate day = FeedDates.parse(text);
        if (day != null) {
            assertThat(day.getYear()).isBetween(1800, 2200);
        }
    }

    @Property(tries = 300)
    void everyRealDayWrittenInRfc822ReadsBack(@ForAll @IntRange(min = 1900, max = 2100) int year,
                                              @ForAll @IntRange(min = 1, max = 12) int month,
                                              @ForAll @IntRange(min = 1, max = 28) int day) {
        LocalDate date = LocalDate.of(year, month, day);
        String written = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atTime(6, 5).atOffset(java.time.ZoneOffset.ofHours(2)));
        assertThat(FeedDates.parse(written)).isEqualTo(date);
    }
}
