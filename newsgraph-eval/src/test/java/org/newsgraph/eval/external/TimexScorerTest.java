package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

class TimexScorerTest {
    private static GoldTimex t(int start, int end, String type, String value) {
        return new GoldTimex(new Span(start, end), type, value);
    }

    @Test
    void exactExtentIsStrictOverlapIsRelaxedAndValueMustBeIdentical() {
        TimexScorer scorer = new TimexScorer();
        scorer.add(List.of(t(0, 8, "DATE", "2021-06-03"), t(20, 29, "DURATION", "P2W"), t(40, 45, "SET", "P1W")),
                List.of(t(0, 8, "DATE", "2021-06-03"), t(16, 29, "DATE", "2021-06"), t(60, 64, "DATE", "2020")));

        TimexScores s = scorer.scores();
        assertThat(s.strict()).isEqualTo(Score.of(1, 3, 3));
        assertThat(s.relaxed()).isEqualTo(Score.of(2, 3, 3));
        assertThat(s.value()).isEqualTo(Score.of(1, 3, 3));
        assertThat(s.valueAccuracy()).isEqualTo(Ratio.of(1, 2));
        assertThat(s.typeAccuracy()).isEqualTo(Ratio.of(1, 2));
        assertThat(s.byType()).extracting(TimexScores.TypeRow::type).containsExactly("DATE", "DURATION", "SET");
        assertThat(s.byType().get(1).found()).isEqualTo(Ratio.of(1, 1));
        assertThat(s.byType().get(1).valued()).isEqualTo(Ratio.of(0, 1));
    }

    @Test
    void oneSystemExpressionMatchesOneGoldExpressionOnly() {
        TimexScorer scorer = new TimexScorer();
        scorer.add(List.of(t(0, 5, "DATE", "2021"), t(6, 10, "DATE", "2021-06")), List.of(t(0, 10, "DATE", "2021-06")));

        assertThat(scorer.scores().relaxed()).isEqualTo(Score.of(1, 1, 2));
        assertThat(scorer.scores().value().correct()).isZero();
    }

    @Test
    void ourValuesAreWrittenAsTimex3Values() {
        assertThat(Timex3Values.value(new TimeValue.Day(LocalDate.of(2013, 3, 22)))).isEqualTo("2013-03-22");
        assertThat(Timex3Values.value(new TimeValue.Month(YearMonth.of(2013, 3)))).isEqualTo("2013-03");
        assertThat(Timex3Values.value(new TimeValue.Year(987))).isEqualTo("0987");
        assertThat(Timex3Values.value(new TimeValue.UnresolvedWeekday(DayOfWeek.SATURDAY))).isEqualTo("XXXX-WXX-6");
        assertThat(Timex3Values.value(new TimeValue.UnresolvedMonthDay(MonthDay.of(1, 3)))).isEqualTo("XXXX-01-03");
        assertThat(Timex3Values.value(new TimeValue.Range(LocalDate.of(2013, 3, 20), LocalDate.of(2013, 3, 22)))).isEqualTo("2013-03-20");
    }

    @Test
    void scoresOfNothingAreZeroNotNaN() {
        TimexScores s = new TimexScorer().scores();
        assertThat(s.value().f1()).isZero();
        assertThat(s.valueAccuracy().value()).isZero();
    }
}
