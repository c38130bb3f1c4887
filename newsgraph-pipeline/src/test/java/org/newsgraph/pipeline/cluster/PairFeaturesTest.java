package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {
    private static ArticleProfile profile(String id, LocalDate eventDay, LocalDate published, DayOfWeek weekday) {
        return new ArticleProfile(id, new int[0], new float[0], Set.of(), List.of(), Set.of(), Set.of(), eventDay, published,
                null, null, null, Set.of(), null, weekday);
    }

    private final PairFeatures features = new PairFeatures(ClusterSettings.DEFAULTS, new Vocabulary());

    @Test
    void anUndatedTuesdayCannotBeAnEventOnAFriday() {
        ArticleProfile friday = profile("f", LocalDate.of(2022, 5, 6), LocalDate.of(2022, 5, 6), null);
        assertThat(friday.eventWeekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(features.vetoed(profile("t", null, null, DayOfWeek.TUESDAY), friday)).isTrue();
        assertThat(features.vetoed(profile("s", null, null, DayOfWeek.SATURDAY), friday)).isFalse();
        assertThat(features.vetoed(profile("f2", null, null, DayOfWeek.FRIDAY), friday)).isFalse();
    }

    @Test
    void weekdaysWrapAroundTheWeekAndTwoResolvedDaysAreLeftToTheDayGap() {
        assertThat(PairFeatures.weekdaysConflict(profile("a", null, null, DayOfWeek.SUNDAY), profile("b", null, null, DayOfWeek.MONDAY)))
                .isFalse();
        assertThat(PairFeatures.weekdaysConflict(profile("a", null, null, DayOfWeek.SUNDAY), profile("b", null, null, DayOfWeek.WEDNESDAY)))
                .isTrue();
        assertThat(PairFeatures.weekdaysConflict(profile("a", LocalDate.of(2022, 5, 2), null, null),
                profile("b", LocalDate.of(2022, 5, 4), null, null))).isFalse();
    }

    @Test
    void anotherDayInAnotherPlaceIsAnotherEvent() {
        ArticleProfile monday = place(profile("m", LocalDate.of(2022, 6, 6), LocalDate.of(2022, 6, 8), null), "riga");
        ArticleProfile tuesday = place(profile("t", LocalDate.of(2022, 6, 7), LocalDate.of(2022, 6, 8), null), "vilnius");
        ArticleProfile tuesdayHere = place(profile("h", LocalDate.of(2022, 6, 7), LocalDate.of(2022, 6, 8), null), "riga");
        assertThat(features.vetoed(monday, tuesday)).isTrue();
        assertThat(features.vetoed(monday, tuesdayHere)).isFalse();
        assertThat(features.vetoed(tuesday, place(tuesday, "kaunas"))).isFalse();
    }

    private static ArticleProfile place(ArticleProfile p, String place) {
        return new ArticleProfile(p.id() + place, p.terms(), p.termWeights(), p.actors(), p.leadActors(), p.leadPersons(), p.persons(),
                p.eventDay(), p.published(), place, p.type(), p.embedding(), p.keys(), p.copyOf(), p.weekday());
    }

    @Test
    void datesFarApartVetoAndNothingKnownIsNoConflict() {
        assertThat(features.vetoed(profile("a", null, LocalDate.of(2021, 3, 10), null), profile("b", null, LocalDate.of(2023, 5, 17), null)))
                .isTrue();
        assertThat(features.vetoed(profile("a", null, null, null), profile("b", null, null, null))).isFalse();
        assertThat(PairFeatures.undated(profile("a", null, null, DayOfWeek.MONDAY))).isTrue();
    }

    @Test
    void everyFeatureLiesBetweenZeroAndOneAndThePairIsSymmetric() {
        ArticleProfile a = profile("a", LocalDate.of(2022, 5, 6), LocalDate.of(2022, 5, 6), null);
        ArticleProfile b = profile("b", null, LocalDate.of(2022, 5, 8), DayOfWeek.SATURDAY);
        double[] ab = features.of(a, b);
        assertThat(ab).hasSize(PairFeatures.NAMES.size());
        assertThat(java.util.Arrays.stream(ab).allMatch(x -> x >= 0 && x <= 1)).isTrue();
        assertThat(features.of(b, a)).containsExactly(ab);
    }
}
