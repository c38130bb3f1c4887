package org.newsgraph.pipeline.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

class RuleTimeTaggerTest {
    private static final LocalDate WEDNESDAY_22_JULY_2020 = LocalDate.of(2020, 7, 22);
    private final RuleTimeTagger tagger = new RuleTimeTagger();

    private Timex only(String text, LocalDate published) {
        List<Timex> found = tagger.tag(text, published);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static TimeValue day(int y, int m, int d) {
        return new TimeValue.Day(LocalDate.of(y, m, d));
    }

    @Test
    void pastTenseWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
        Timex t = only("The minister said on Monday that talks had failed.", WEDNESDAY_22_JULY_2020);
        assertThat(t.value()).isEqualTo(day(2020, 7, 20));
        assertThat(t.span().of("The minister said on Monday that talks had failed.")).isEqualTo("Monday");
    }

    @Test
    void weekdayNamingThePublicationDayInPastTenseIsThatDay() {
        assertThat(only("Protesters gathered on Wednesday in the capital.", WEDNESDAY_22_JULY_2020).value())
                .isEqualTo(day(2020, 7, 22));
    }

    @Test
    void futureTenseWeekdayLooksForward() {
        assertThat(only("The two leaders will meet on Friday in Geneva.", WEDNESDAY_22_JULY_2020).value())
                .isEqualTo(day(2020, 7, 24));
        assertThat(only("The envoy is expected to arrive on Monday.", WEDNESDAY_22_JULY_2020).value())
                .isEqualTo(day(2020, 7, 27));
    }

    @Test
    void weekdayWithoutPublicationDateStaysUnresolved() {
        assertThat(only("The ministers met on Saturday.", null).value())
                .isEqualTo(new TimeValue.UnresolvedWeekday(DayOfWeek.SATURDAY));
    }

    @Test
    void lastAndNextWeekdayExcludeThePublicationDay() {
        assertThat(only("Talks collapsed last Wednesday.", WEDNESDAY_22_JULY_2020).value()).isEqualTo(day(2020, 7, 15));
        assertThat(only("Talks resume next Wednesday.", WEDNESDAY_22_JULY_2020).value()).isEqualTo(day(2020, 7, 29));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The rebels struck late on Monday.|late on Monday|2020-07-20",
            "Wednesday's meeting ended without a deal.|Wednesday|2020-07-22"})
    void weekdayVariantsKeepTheirModifiers(String text, String expression, String date) {
        Timex t = only(text, WEDNESDAY_22_JULY_2020);
        assertThat(t.span().of(text)).isEqualTo(expression);
        assertThat(t.value()).isEqualTo(new TimeValue.Day(LocalDate.parse(date)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The accord was signed on July 22, 2020 in Vienna.|July 22, 2020",
            "The accord was signed on 22 July 2020 in Vienna.|22 July 2020",
            "The accord was signed on the 22nd of July 2020.|the 22nd of July 2020",
            "The accord was signed on 2020-07-22 in Vienna.|2020-07-22",
            "The accord was signed on Wednesday, July 22, 2020 in Vienna.|Wednesday, July 22, 2020",
            "The accord was signed on Wednesday (July 22) in Vienna.|Wednesday (July 22)",
            "The accord was signed on Jul. 22 in Vienna.|Jul. 22",
            "The accord was signed Wednesday evening, 22 July, in Vienna.|Wednesday evening, 22 July"})
    void explicitDatesInCommonOrdersAreOneExpression(String text, String expression) {
        Timex t = only(text, LocalDate.of(2020, 8, 1));
        assertThat(t.span().of(text)).isEqualTo(expression);
        assertThat(t.value()).isEqualTo(day(2020, 7, 22));
    }

    @Test
    void monthDayWithoutYearTakesTheYearOfPublicationInPastTense() {
        assertThat(only("The ceasefire began on January 3.", WEDNESDAY_22_JULY_2020).value()).isEqualTo(day(2020, 1, 3));
    }

    @Test
    void pastMonthDayLongAfterPublicationBelongsToThePreviousYear() {
        assertThat(only("The strike started on December 28.", LocalDate.of(2021, 1, 5)).value())
                .isEqualTo(day(2020, 12, 28));
    }

    @Test
    void futureMonthDayAlreadyPassedThisYearIsNextYear() {
        assertThat(only("The vote will be held on January 3.", WEDNESDAY_22_JULY_2020).value()).isEqualTo(day(2021, 1, 3));
    }

    @Test
    void statedWeekdayPicksTheYearOfAMonthDay() {
        // the past-tense reading alone gives 22 August 2021, a Sunday; 22 August 2020 was a Saturday
        assertThat(only("The fire started on Saturday, August 22.", LocalDate.of(2021, 7, 22)).value())
                .isEqualTo(day(2020, 8, 22));
    }

    @Test
    void monthDayWithoutPublicationDateStaysUnresolved() {
        assertThat(only("The ceasefire began on January 3.", null).value())
                .isEqualTo(new TimeValue.UnresolvedMonthDay(MonthDay.of(1, 3)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The visit lasts from March 20 to March 22.|2023-03-20|2023-03-22",
            "The summit runs 20-22 March, officials said.|2023-03-20|2023-03-22",
            "The summit runs March 20–22, 2023.|2023-03-20|2023-03-22",
            "Talks were held between 30 March and 2 April.|2023-03-30|2023-04-02"})
    void rangesBecomeOneRange(String text, String first, String last) {
        assertThat(only(text, LocalDate.of(2023, 3, 17)).value())
                .isEqualTo(new TimeValue.Range(LocalDate.parse(first), LocalDate.parse(last)));
    }

    @Test
    void twoDatesJoinedByAndWithoutBetweenAreNotARange() {
        List<Timex> found = tagger.tag("Strikes hit the port on March 20 and March 22.", LocalDate.of(2023, 3, 25));
        assertThat(found).extracting(Timex::value).containsExactly(day(2023, 3, 20), day(2023, 3, 22));
    }

    @Test
    void monthsAndYears() {
        String text = "Prices rose in July 2020 and fell last month; the plant opened in 2014 and closed in August.";
        assertThat(tagger.tag(text, LocalDate.of(2021, 3, 10))).extracting(Timex::value).containsExactly(
                new TimeValue.Month(YearMonth.of(2020, 7)), new TimeValue.Month(YearMonth.of(2021, 2)),
                new TimeValue.Year(2014), new TimeValue.Month(YearMonth.of(2020, 8)));
    }

    @Test
    void relativeYearsCountFromTheLatestDateBeforeThem() {
        String text = "The mine opened in 2014. Three years later it was sold.";
        assertThat(tagger.tag(text, LocalDate.of(2021, 3, 10))).extracting(Timex::value)
                .containsExactly(new TimeValue.Year(2014), new TimeValue.Year(2017));
    }

    @Test
    void theNextDayCountsFromTheLatestDayBeforeIt() {
        String text = "The rebels entered the town on 3 May 2021. The next day the army withdrew.";
        assertThat(tagger.tag(text, LocalDate.of(2021, 6, 1))).extracting(Timex::value)
                .containsExactly(day(2021, 5, 3), day(2021, 5, 4));
    }

    @Test
    void theNextDayWithoutAnEarlierDayIsLeftOut() {
        assertThat(tagger.tag("The next day the army withdrew.", null)).isEmpty();
    }

    @Test
    void yearsAgoCountFromPublication() {
        assertThat(only("The dam burst two years ago.", LocalDate.of(2021, 3, 10)).value()).isEqualTo(new TimeValue.Year(2019));
    }

    @Test
    void yesterdayTodayTomorrowNeedAPublicationDate() {
        String text = "Rain fell yesterday, the roads reopen today and schools tomorrow.";
        assertThat(tagger.tag(text, WEDNESDAY_22_JULY_2020)).extracting(Timex::value)
                .containsExactly(day(2020, 7, 21), day(2020, 7, 22), day(2020, 7, 23));
        assertThat(tagger.tag(text, null)).isEmpty();
    }

    @Test
    void countsOfThingsAreNotYears() {
        assertThat(tagger.tag("About 2000 troops and 1500 police were deployed.", WEDNESDAY_22_JULY_2020)).isEmpty();
    }

    @Test
    void modalMayIsNotAMonth() {
        assertThat(tagger.tag("Officials said the talks may resume.", WEDNESDAY_22_JULY_2020)).isEmpty();
    }

    @Test
    void presentTenseMonthDayTakesTheNearerYearLeaningToThePast() {
        assertThat(only("The offer expires Dec. 15, the company says.", LocalDate.of(2021, 11, 2)).value())
                .isEqualTo(day(2021, 12, 15));
        assertThat(only("The offer expires Dec. 15, the company says.", LocalDate.of(2022, 1, 20)).value())
                .isEqualTo(day(2021, 12, 15));
    }

    @Test
    void yearBeforeANounIsStillAYear() {
        assertThat(only("Its 1996 campaign was a failure.", WEDNESDAY_22_JULY_2020).value()).isEqualTo(new TimeValue.Year(1996));
    }

    @Test
    void futureParticipleCuesLookForward() {
        assertThat(only("The merger is to be completed by March 1.", WEDNESDAY_22_JULY_2020).value()).isEqualTo(day(2021, 3, 1));
    }

    @Test
    void emptyAndNullTextGiveNothing() {
        assertThat(tagger.tag("", WEDNESDAY_22_JULY_2020)).isEmpty();
        assertThat(tagger.tag(null, null)).isEmpty();
    }
}
