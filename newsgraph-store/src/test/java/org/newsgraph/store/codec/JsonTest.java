package org.newsgraph.store.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

class JsonTest {
    static Stream<TimeValue> everyKindOfTimeValue() {
        return Stream.of(
                new TimeValue.Day(LocalDate.of(2020, 7, 21)),
                new TimeValue.Month(YearMonth.of(2020, 7)),
                new TimeValue.Year(2020),
                new TimeValue.Range(LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 22)),
                new TimeValue.UnresolvedWeekday(DayOfWeek.SATURDAY),
                new TimeValue.UnresolvedMonthDay(MonthDay.of(1, 3)),
                new TimeValue.Duration(OptionalInt.of(3), ChronoUnit.YEARS),
                new TimeValue.Duration(OptionalInt.empty(), ChronoUnit.MONTHS),
                new TimeValue.DateTime(LocalDate.of(2020, 7, 21), LocalTime.of(14, 0)),
                new TimeValue.TimeOfDay(LocalTime.of(22, 30)),
                new TimeValue.DayPart(LocalDate.of(2020, 7, 21), TimeValue.PartOfDay.EVENING),
                new TimeValue.Week(2013, 12),
                new TimeValue.Quarter(2023, 2),
                new TimeValue.Season(2012, TimeValue.SeasonOfYear.SUMMER),
                new TimeValue.Decade(1990),
                new TimeValue.Century(20),
                new TimeValue.Deictic(TimeValue.Direction.PRESENT),
                new TimeValue.Recurrence(ChronoUnit.DAYS));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfTimeValue")
    void everyTimeValueRoundTrips(TimeValue value) {
        String json = Json.write(value);
        assertThat(Json.read(json, TimeValue.class)).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("everyKindOfTimeValue")
    void aTimexWithEveryTimeValueRoundTrips(TimeValue value) {
        Timex timex = new Timex(new Span(3, 14), value, "rule");
        assertThat(Json.read(Json.write(timex), Timex.class)).isEqualTo(timex);
    }
}
