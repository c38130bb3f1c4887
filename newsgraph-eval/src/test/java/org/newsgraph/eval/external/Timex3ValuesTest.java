package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeValue;

class Timex3ValuesTest {
    @Test
    void durationsAreTimeMlDurations() {
        assertThat(Timex3Values.value(new TimeValue.Duration(OptionalInt.of(3), ChronoUnit.YEARS))).isEqualTo("P3Y");
        assertThat(Timex3Values.value(new TimeValue.Duration(OptionalInt.of(5), ChronoUnit.HOURS))).isEqualTo("PT5H");
        assertThat(Timex3Values.value(new TimeValue.Duration(OptionalInt.empty(), ChronoUnit.MONTHS))).isEqualTo("PXM");
        assertThat(Timex3Values.type(new TimeValue.Duration(OptionalInt.of(2), ChronoUnit.WEEKS))).isEqualTo("DURATION");
    }

    @Test
    void clockTimesAndPartsOfDaysAreTimes() {
        assertThat(Timex3Values.value(new TimeValue.DateTime(LocalDate.of(2013, 3, 23), LocalTime.of(15, 0))))
                .isEqualTo("2013-03-23T15:00");
        assertThat(Timex3Values.value(new TimeValue.DayPart(LocalDate.of(2013, 3, 22), TimeValue.PartOfDay.AFTERNOON)))
                .isEqualTo("2013-03-22TAF");
        assertThat(Timex3Values.value(new TimeValue.TimeOfDay(LocalTime.of(20, 0)))).isEqualTo("XXXX-XX-XXT20:00");
        assertThat(Timex3Values.type(new TimeValue.DayPart(LocalDate.of(2013, 3, 22), TimeValue.PartOfDay.NIGHT))).isEqualTo("TIME");
    }

    @Test
    void recurrencesAreSets() {
        assertThat(Timex3Values.value(new TimeValue.Recurrence(ChronoUnit.DAYS))).isEqualTo("P1D");
        assertThat(Timex3Values.type(new TimeValue.Recurrence(ChronoUnit.YEARS))).isEqualTo("SET");
    }

    @Test
    void periodsAndGeneralReferencesAreDates() {
        assertThat(Timex3Values.value(new TimeValue.Week(2013, 9))).isEqualTo("2013-W09");
        assertThat(Timex3Values.value(new TimeValue.Quarter(2023, 2))).isEqualTo("2023-Q2");
        assertThat(Timex3Values.value(new TimeValue.Season(2012, TimeValue.SeasonOfYear.SUMMER))).isEqualTo("2012-SU");
        assertThat(Timex3Values.value(new TimeValue.Decade(1990))).isEqualTo("199");
        assertThat(Timex3Values.value(new TimeValue.Century(20))).isEqualTo("19");
        assertThat(Timex3Values.value(new TimeValue.Deictic(TimeValue.Direction.PRESENT))).isEqualTo("PRESENT_REF");
        assertThat(Timex3Values.type(new TimeValue.Quarter(2023, 2))).isEqualTo("DATE");
    }
}
