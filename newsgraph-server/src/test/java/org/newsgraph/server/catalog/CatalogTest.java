package org.newsgraph.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeValue;

class CatalogTest {
    @Test
    void anEmptyCatalogAnswersEverythingWithNothing() {
        Catalog c = Catalog.empty();
        assertThat(c.events()).isEmpty();
        assertThat(c.eventsPerDay()).isEmpty();
        assertThat(c.topActors(5)).isEmpty();
        assertThat(c.cooccurring("x", 5)).isEmpty();
        assertThat(c.entitiesNamed("anything")).isEmpty();
        assertThat(c.events(new EventFilter("x", null, null, null, null, null, null, null, 0, null), java.util.Set.of())).isEmpty();
    }

    @Test
    void dayIntervalsCoverMonthsAndYearsButNotUnresolvedWeekdays() {
        assertThat(DayInterval.of(new TimeValue.Month(YearMonth.of(2024, 2))))
                .hasValue(new DayInterval(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(DayInterval.of(new TimeValue.Year(2023)).orElseThrow().meets(LocalDate.of(2023, 12, 31), null)).isTrue();
        assertThat(DayInterval.of(new TimeValue.UnresolvedWeekday(java.time.DayOfWeek.SATURDAY))).isEmpty();
        assertThat(DayInterval.of(null)).isEmpty();
    }

    @Test
    void dayIntervalsCoverWeeksQuartersSeasonsAndDecadesButNotDurations() {
        assertThat(DayInterval.of(new TimeValue.Week(2013, 12)))
                .hasValue(new DayInterval(LocalDate.of(2013, 3, 18), LocalDate.of(2013, 3, 24)));
        assertThat(DayInterval.of(new TimeValue.Quarter(2023, 2)))
                .hasValue(new DayInterval(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30)));
        assertThat(DayInterval.of(new TimeValue.Season(2012, TimeValue.SeasonOfYear.WINTER)))
                .hasValue(new DayInterval(LocalDate.of(2012, 12, 1), LocalDate.of(2013, 2, 28)));
        assertThat(DayInterval.of(new TimeValue.Decade(1990)))
                .hasValue(new DayInterval(LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31)));
        assertThat(DayInterval.of(new TimeValue.Duration(java.util.OptionalInt.of(3), java.time.temporal.ChronoUnit.DAYS))).isEmpty();
        assertThat(DayInterval.of(new TimeValue.Deictic(TimeValue.Direction.PRESENT))).isEmpty();
    }

    @Test
    void disagreementsListEachValueWithItsOutlets() {
        CodedMention a = coded("a1", "Post", "2024-03-04", "Geneva");
        CodedMention b = coded("a2", "Times", "2024-03-05", "Geneva");
        List<FieldClaims> d = EventDossier.disagreements(List.of(a, b), Catalog.empty());
        assertThat(d).hasSize(1);
        assertThat(d.get(0).field()).isEqualTo("date");
        assertThat(d.get(0).claims()).extracting(FieldClaims.Claim::outlets).containsExactly(List.of("Post"), List.of("Times"));
    }

    @Test
    void quotationCarriedByOtherOutletsNamesTheirArticles() {
        List<QuoteView> quotes = List.of(
                quote("a1", "We will not allow the armed groups to recover in the region,"),
                quote("a2", "will not allow the armed groups to recover"),
                quote("a3", "The talks were productive."));
        assertThat(Catalog.withOtherOutlets(quotes)).extracting(QuoteView::alsoIn)
                .containsExactly(List.of("a2"), List.of("a1"), List.of());
    }

    private static QuoteView quote(String article, String text) {
        return new QuoteView(article, null, null, null, null, null, text, new org.newsgraph.model.Span(0, text.length()),
                true, "said", List.of());
    }

    private static CodedMention coded(String article, String outlet, String date, String place) {
        return new CodedMention(article, outlet, "CONSULT", null, null, null, null, null, date, place, "s",
                new org.newsgraph.model.Span(0, 1), "s", new org.newsgraph.model.Span(0, 1), 1, true);
    }
}
