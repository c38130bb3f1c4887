package org.newsgraph.pipeline.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.model.Timex;

class RuleTimeTaggerPropertyTest {
    private static final RuleTimeTagger TAGGER = new RuleTimeTagger();

    @Property(tries = 300)
    void anyStringGivesSortedDisjointSpansInsideTheText(@ForAll String text, @ForAll("publication") LocalDate published) {
        assertValid(text, TAGGER.tag(text, published));
    }

    @Property(tries = 500)
    void calendarWordSoupGivesSortedDisjointSpansInsideTheText(@ForAll("soup") String text,
                                                                @ForAll("publication") LocalDate published) {
        assertValid(text, TAGGER.tag(text, published));
    }

    @Property(tries = 500)
    void periodClockAndLengthSoupGivesRenderableValuesInSortedDisjointSpans(@ForAll("periodSoup") String text,
                                                                          @ForAll("publication") LocalDate published) {
        List<Timex> found = TAGGER.tag(text, published);
        assertValid(text, found);
        assertThat(found).allSatisfy(t -> assertThat(t.value().render()).isNotBlank());
    }

    @Provide
    Arbitrary<String> periodSoup() {
        return Arbitraries.of("now", "currently", "in", "the", "past", "future", "at", "time", "week", "this", "last",
                        "earlier", "quarter", "second", "fourth", "third-quarter", "Q3", "Q5", "FY13", "fiscal", "year",
                        "summer", "fall", "winter", "1990s", "'90s", "20th", "0th", "99th", "century", "decade", "decades",
                        "several", "few", "a", "an", "couple", "of", "hours", "minutes", "days", "years", "four-week",
                        "0-day", "9999-year", "10", "p.m.", "PM", "13:61", "14:00", "23:59", "24:00", "noon", "midnight",
                        "GMT", "Tuesday", "evening", "tonight", "2009-2010", "1957-58", "1999-00", "2020-07-21T14:00",
                        "2020-02-30T10:00", "recent", "for", "ago", "almost", "$5", "million", "-", "/", ",", ".", " ")
                .list().ofMaxSize(25).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<LocalDate> publication() {
        return Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.integers().between(0, 150_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d)));
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of("on", "Monday", "Sunday", "March", "May", "Sept.", "20", "31", "0", "29", "30th", "2023",
                        "1899", "9999", "-", "–", "to", "and", "between", "from", "(", ")", ",", ".", "the", "of", "last",
                        "next", "this", "month", "year", "years", "ago", "later", "three", "a", "yesterday", "will",
                        "said", "February", "2020-02-30", "13/13/2020", "evening", "late", "'s", "\n", " ")
                .list().ofMaxSize(25).map(words -> String.join(" ", words));
    }

    private static void assertValid(String text, List<Timex> found) {
        int previousEnd = 0;
        for (Timex t : found) {
            assertThat(t.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(t.span().length()).isPositive();
            previousEnd = t.span().end();
        }
    }
}
