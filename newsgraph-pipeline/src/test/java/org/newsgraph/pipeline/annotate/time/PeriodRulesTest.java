package org.newsgraph.pipeline.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

class PeriodRulesTest {
    /** A Friday in ISO week 12 of 2013, in the first quarter, in spring. */
    private static final LocalDate FRIDAY_22_MARCH_2013 = LocalDate.of(2013, 3, 22);
    private final RuleTimeTagger tagger = new RuleTimeTagger();

    private TimeValue only(String text, LocalDate published, String expression) {
        List<Timex> found = tagger.tag(text, published);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).span().of(text)).isEqualTo(expression);
        return found.get(0).value();
    }

    @Test
    void thisWeekAndLastWeekAreIsoWeeksAroundPublication() {
        assertThat(only("The ministry launched the plan this week.", FRIDAY_22_MARCH_2013, "this week"))
                .isEqualTo(new TimeValue.Week(2013, 12));
        assertThat(only("Two deaths were reported last week.", FRIDAY_22_MARCH_2013, "last week"))
                .isEqualTo(new TimeValue.Week(2013, 11));
        assertThat(only("Shares fell earlier this week.", FRIDAY_22_MARCH_2013, "earlier this week"))
                .isEqualTo(new TimeValue.Week(2013, 12));
    }

    @Test
    void relativePeriodsWithoutPublicationDateAreLeftOut() {
        assertThat(tagger.tag("The ministry launched the plan this week and will report in the second quarter. "
                + "The drought began last summer.", null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Profit rose in the fourth quarter, the company said.|the fourth quarter|2012|4",
            "Sales will recover in the second quarter, the chief executive said.|the second quarter|2013|2",
            "Revenue fell in the first quarter.|the first quarter|2013|1",
            "Third-quarter earnings beat forecasts.|Third-quarter|2012|3",
            "The bank earned more in the second quarter of 2011.|the second quarter of 2011|2011|2",
            "Margins narrowed in Q3 2012.|Q3 2012|2012|3"})
    void quartersTakeTheYearTheTextOrTheTenseGives(String text, String expression, int year, int quarter) {
        assertThat(only(text, FRIDAY_22_MARCH_2013, expression)).isEqualTo(new TimeValue.Quarter(year, quarter));
    }

    @Test
    void lastSummerIsTheSummerBeforePublication() {
        assertThat(only("He vanished last summer.", FRIDAY_22_MARCH_2013, "last summer"))
                .isEqualTo(new TimeValue.Season(2012, TimeValue.SeasonOfYear.SUMMER));
        assertThat(only("The dam was finished in the spring of 2009.", FRIDAY_22_MARCH_2013, "the spring of 2009"))
                .isEqualTo(new TimeValue.Season(2009, TimeValue.SeasonOfYear.SPRING));
    }

    @Test
    void theFallOfACityIsNoSeason() {
        assertThat(tagger.tag("The fall of the city shocked the region.", FRIDAY_22_MARCH_2013)).isEmpty();
    }

    @Test
    void theLatestQuarterInAReportIsTheLastQuarterFinishedBeforePublication() {
        assertThat(only("Revenue rose 4% in the latest quarter.", LocalDate.of(2013, 10, 30), "the latest quarter"))
                .isEqualTo(new TimeValue.Quarter(2013, 3));
        assertThat(only("Revenue rose 4% in the quarter.", FRIDAY_22_MARCH_2013, "the quarter"))
                .isEqualTo(new TimeValue.Quarter(2012, 4));
    }

    @Test
    void decadesAndCenturies() {
        assertThat(only("The party ruled through the 1990s.", FRIDAY_22_MARCH_2013, "the 1990s"))
                .isEqualTo(new TimeValue.Decade(1990));
        assertThat(only("It was one of the great voyages of the 20th century.", FRIDAY_22_MARCH_2013, "the 20th century"))
                .isEqualTo(new TimeValue.Century(20));
    }

    @Test
    void twoDigitYearsAreTheNearestToPublicationAndNeedIt() {
        assertThat(only("Margins narrowed in Q3 '98.", FRIDAY_22_MARCH_2013, "Q3 '98")).isEqualTo(new TimeValue.Quarter(1998, 3));
        assertThat(only("The budget for FY14 was approved.", FRIDAY_22_MARCH_2013, "FY14")).isEqualTo(new TimeValue.Year(2014));
        assertThat(only("Grunge ruled the '90s.", FRIDAY_22_MARCH_2013, "the '90s")).isEqualTo(new TimeValue.Decade(1990));
        assertThat(tagger.tag("The budget for FY14 was approved in the '90s.", null)).isEmpty();
    }

    @Test
    void fiscalYears() {
        assertThat(only("The agency must cut $600 million this fiscal year.", FRIDAY_22_MARCH_2013, "this fiscal year"))
                .isEqualTo(new TimeValue.Year(2013));
        assertThat(only("The budget for fiscal 2014 was approved.", FRIDAY_22_MARCH_2013, "fiscal 2014"))
                .isEqualTo(new TimeValue.Year(2014));
        assertThat(only("Results for FY2012 were restated.", FRIDAY_22_MARCH_2013, "FY2012")).isEqualTo(new TimeValue.Year(2012));
        assertThat(tagger.tag("The financial 20 index fell.", FRIDAY_22_MARCH_2013)).isEmpty();
    }

    @Test
    void aYearRangeIsTwoYears() {
        String text = "The worst season was the pandemic of 2009-2010, and the expedition of 1957-58 was the first.";
        assertThat(tagger.tag(text, FRIDAY_22_MARCH_2013)).extracting(t -> t.span().of(text), Timex::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2009", new TimeValue.Year(2009)),
                org.assertj.core.groups.Tuple.tuple("2010", new TimeValue.Year(2010)),
                org.assertj.core.groups.Tuple.tuple("1957", new TimeValue.Year(1957)),
                org.assertj.core.groups.Tuple.tuple("58", new TimeValue.Year(1958)));
    }

    @Test
    void everyYearOfAListOrSpanIsAYear() {
        String text = "Output rose between 1985 and 1987, and again in 1994, 1995 and 1997.";
        assertThat(tagger.tag(text, FRIDAY_22_MARCH_2013)).extracting(Timex::value).containsExactly(
                new TimeValue.Year(1985), new TimeValue.Year(1987), new TimeValue.Year(1994), new TimeValue.Year(1995),
                new TimeValue.Year(1997));
    }

    @Test
    void theFollowingYearCountsFromTheLatestDateBeforeIt() {
        String text = "He was promoted in 1995, and the following year he became an attache.";
        assertThat(tagger.tag(text, FRIDAY_22_MARCH_2013)).extracting(Timex::value)
                .containsExactly(new TimeValue.Year(1995), new TimeValue.Year(1996));
        assertThat(tagger.tag("The following year he became an attache.", FRIDAY_22_MARCH_2013)).isEmpty();
    }

    @Test
    void aDayRangeIsOneRange() {
        assertThat(only("The summit ran from March 20 to March 22, 2013.", FRIDAY_22_MARCH_2013, "from March 20 to March 22, 2013"))
                .isEqualTo(new TimeValue.Range(LocalDate.of(2013, 3, 20), LocalDate.of(2013, 3, 22)));
    }

    @Test
    void earlierThisMonthIsThePublicationMonth() {
        assertThat(only("The court ruled earlier this month.", FRIDAY_22_MARCH_2013, "earlier this month"))
                .isEqualTo(new TimeValue.Month(YearMonth.of(2013, 3)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He has admitted it now.|now|PRESENT",
            "The device is currently on sale.|currently|PRESENT",
            "In the past, he always refused.|the past|PAST",
            "The ship was recently seized in international waters.|recently|PAST",
            "Prices may fall in the future.|the future|FUTURE"})
    void generalPresentPastAndFutureNeedNoDate(String text, String expression, TimeValue.Direction direction) {
        assertThat(only(text, null, expression)).isEqualTo(new TimeValue.Deictic(direction));
    }

    @Test
    void thePastBeforeALengthIsPartOfTheLength() {
        assertThat(only("Prices rose in the past two years.", FRIDAY_22_MARCH_2013, "the past two years"))
                .isInstanceOf(TimeValue.Duration.class);
    }
}
