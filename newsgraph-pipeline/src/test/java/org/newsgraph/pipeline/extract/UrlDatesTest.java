package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UrlDatesTest {
    private final UrlDates dates = new UrlDates();

    @Test
    void readsSlashedPath() {
        assertThat(dates.read("https://example.org/world/2021/05/09/floods-hit-coast/")).contains(LocalDate.of(2021, 5, 9));
    }

    @Test
    void readsCompactPath() {
        assertThat(dates.read("https://example.org/20210509/floods-hit-coast-123.html")).contains(LocalDate.of(2021, 5, 9));
    }

    @Test
    void readsMonthNamePath() {
        assertThat(dates.read("https://example.org/news/2021/may/09/floods")).contains(LocalDate.of(2021, 5, 9));
    }

    @Test
    void readsDashedPath() {
        assertThat(dates.read("https://example.org/news/2021-05-09/floods")).contains(LocalDate.of(2021, 5, 9));
    }

    @Test
    void longNumericIdsAndQueriesAreNotDates() {
        assertThat(dates.read("https://example.org/stories/202105090123.html")).isEmpty();
        assertThat(dates.read("https://example.org/story?date=2021/05/09")).isEmpty();
        assertThat(dates.read("https://example.org/article/1.2021059")).isEmpty();
    }

    @Property(tries = 300)
    void anyStringGivesADayOrNothing(@ForAll String url) {
        assertThat(dates.read(url)).isNotNull();
    }
}
