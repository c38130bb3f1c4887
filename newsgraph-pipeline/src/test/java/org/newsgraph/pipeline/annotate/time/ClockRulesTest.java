package org.newsgraph.pipeline.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

class ClockRulesTest {
    private static final LocalDate WEDNESDAY_22_JULY_2020 = LocalDate.of(2020, 7, 22);
    private final RuleTimeTagger tagger = new RuleTimeTagger();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The curfew starts at 10 p.m. Tuesday, the army said.|10 p.m. Tuesday|2020-07-21T22:00",
            "The vote was held on Tuesday at 10:30 a.m. in the hall.|Tuesday at 10:30 a.m.|2020-07-21T10:30",
            "The match was postponed until 15:00 GMT Saturday.|15:00 GMT Saturday|2020-07-25T15:00",
            "The polls closed at midnight on July 20, 2020.|midnight on July 20, 2020|2020-07-20T00:00",
            "The log shows the alarm at 2020-07-21T14:05 exactly.|2020-07-21T14:05|2020-07-21T14:05"})
    void aClockTimeNextToADayIsATimeOnThatDay(String text, String expression, String value) {
        Timex t = tagger.tag(text, WEDNESDAY_22_JULY_2020).get(0);
        assertThat(t.span().of(text)).isEqualTo(expression);
        LocalDate day = LocalDate.parse(value.substring(0, 10));
        assertThat(t.value()).isEqualTo(new TimeValue.DateTime(day, LocalTime.parse(value.substring(11))));
    }

    @Test
    void aClockTimeAloneNamesNoDay() {
        assertThat(tagger.tag("Police sealed the road at 8 PM, witnesses said.", WEDNESDAY_22_JULY_2020))
                .extracting(Timex::value).containsExactly(new TimeValue.TimeOfDay(LocalTime.of(20, 0)));
    }

    @Test
    void aStopwatchReadingIsNotAClockTime() {
        assertThat(tagger.tag("She won the race, finishing in 3:07:35.", WEDNESDAY_22_JULY_2020))
                .noneMatch(t -> t.value() instanceof TimeValue.TimeOfDay || t.value() instanceof TimeValue.DateTime);
    }

    @Test
    void weekdayWithPartOfDayIsThatPartOfTheDay() {
        String text = "The convoy was attacked Tuesday evening near the border.";
        Timex t = tagger.tag(text, WEDNESDAY_22_JULY_2020).get(0);
        assertThat(t.span().of(text)).isEqualTo("Tuesday evening");
        assertThat(t.value()).isEqualTo(new TimeValue.DayPart(LocalDate.of(2020, 7, 21), TimeValue.PartOfDay.EVENING));
        assertThat(t.value().day()).contains(LocalDate.of(2020, 7, 21));
    }

    @Test
    void theNextDayCountsFromTheDayOfAnEarlierPartOfADay() {
        String text = "The convoy was attacked on Tuesday evening. The next day the army withdrew.";
        assertThat(tagger.tag(text, WEDNESDAY_22_JULY_2020)).extracting(Timex::value).containsExactly(
                new TimeValue.DayPart(LocalDate.of(2020, 7, 21), TimeValue.PartOfDay.EVENING),
                new TimeValue.Day(LocalDate.of(2020, 7, 22)));
    }

    @Test
    void tonightIsTheNightOfThePublicationDay() {
        assertThat(tagger.tag("The president will speak tonight.", WEDNESDAY_22_JULY_2020)).extracting(Timex::value)
                .containsExactly(new TimeValue.DayPart(WEDNESDAY_22_JULY_2020, TimeValue.PartOfDay.NIGHT));
    }

    @Test
    void weekdayWithPartOfDayWithoutPublicationDateStaysAnUnresolvedWeekday() {
        assertThat(tagger.tag("The ministers met on Saturday evening at 9 p.m.", null)).extracting(Timex::value)
                .containsExactly(new TimeValue.UnresolvedWeekday(DayOfWeek.SATURDAY), new TimeValue.TimeOfDay(LocalTime.of(21, 0)));
    }
}
