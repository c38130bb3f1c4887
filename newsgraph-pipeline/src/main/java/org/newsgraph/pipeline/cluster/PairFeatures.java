package org.newsgraph.pipeline.cluster;

import java.util.List;
import java.util.Objects;

/**
 * The evidence two articles give for reporting the same event, as numbers a learned model weighs
 * ({@link PairModel}): text and embedding similarity, shared actors, what is known of their days, places and
 * types, and whether either article has no date evidence at all. Every feature lies in [0, 1]. Symmetric.
 */
final class PairFeatures {
    /** Feature names, in vector order; a model file names its weights by them. */
    static final List<String> NAMES = List.of(
            "lexical", "embedding", "has_embedding", "actors", "has_actors", "both_event_days", "published_gap",
            "both_published", "same_place", "different_place", "same_type", "different_type", "person_conflict",
            "undated", "undated_x_lexical", "undated_x_embedding");

    private final ClusterSettings settings;
    private final PairScorer signals;

    PairFeatures(ClusterSettings settings, Vocabulary vocabulary) {
        this.settings = Objects.requireNonNull(settings);
        this.signals = new PairScorer(settings, vocabulary);
    }

    /**
     * Whether a hard rule forbids the pair: resolved event days or publication dates too far apart, a weekday
     * that cannot be the other's event day, or another day in another place.
     */
    boolean vetoed(ArticleProfile a, ArticleProfile b) {
        return PairScorer.gap(a.eventDay(), b.eventDay()) > settings.maxEventDayGap()
                || PairScorer.gap(a.published(), b.published()) > settings.maxPublishedGap()
                || weekdaysConflict(a, b)
                || elsewhereAnotherDay(a, b);
    }

    /**
     * One event happens in one place: two main events on different resolved days in different places are two
     * events (the stops of a trip), however alike the reports read. Either fact alone is not enough, since a day
     * or a place can be mis-read; both at once rarely are.
     */
    static boolean elsewhereAnotherDay(ArticleProfile a, ArticleProfile b) {
        return a.eventDay() != null && b.eventDay() != null && !a.eventDay().equals(b.eventDay())
                && a.place() != null && b.place() != null && !a.place().equals(b.place());
    }

    /**
     * An unresolved weekday ("on Tuesday" in an undated report) names the day of the event it reports, so it must
     * fall within {@value #WEEKDAY_SLACK} day (time zones) of the other article's weekday or day. Two resolved days
     * are left to the day-gap rule.
     */
    static boolean weekdaysConflict(ArticleProfile a, ArticleProfile b) {
        java.time.DayOfWeek wa = a.eventWeekday();
        java.time.DayOfWeek wb = b.eventWeekday();
        if (wa == null || wb == null || a.eventDay() != null && b.eventDay() != null) {
            return false;
        }
        int d = Math.abs(wa.getValue() - wb.getValue());
        return Math.min(d, 7 - d) > WEEKDAY_SLACK;
    }

    static final int WEEKDAY_SLACK = 1;

    double[] of(ArticleProfile a, ArticleProfile b) {
        double[] x = new double[NAMES.size()];
        double lexical = signals.lexical(a, b);
        boolean embedded = a.embedding() != null && b.embedding() != null;
        double embedding = embedded ? Math.max(0, Vectors.dot(a.embedding(), b.embedding())) : 0;
        boolean undated = undated(a) || undated(b);
        x[0] = lexical;
        x[1] = embedding;
        x[2] = embedded ? 1 : 0;
        boolean actors = !a.leadActors().isEmpty() || !b.leadActors().isEmpty();
        x[3] = actors ? PairScorer.actors(a, b) : 0;
        x[4] = actors ? 1 : 0;
        x[5] = a.eventDay() != null && b.eventDay() != null ? 1 : 0;
        boolean bothPublished = a.published() != null && b.published() != null;
        x[6] = bothPublished ? Math.min(1.0, PairScorer.gap(a.published(), b.published()) / (double) Math.max(1, settings.maxPublishedGap())) : 0;
        x[7] = bothPublished ? 1 : 0;
        boolean places = a.place() != null && b.place() != null;
        x[8] = places && a.place().equals(b.place()) ? 1 : 0;
        x[9] = places && !a.place().equals(b.place()) ? 1 : 0;
        boolean types = a.type() != null && b.type() != null;
        x[10] = types && a.type().equals(b.type()) ? 1 : 0;
        x[11] = types && !a.type().equals(b.type()) ? 1 : 0;
        x[12] = PairScorer.stranger(a, b) != null && PairScorer.stranger(b, a) != null ? 1 : 0;
        x[13] = undated ? 1 : 0;
        x[14] = undated ? lexical : 0;
        x[15] = undated ? embedding : 0;
        return x;
    }

    /** An article with no evidence of its day: no publication date and no resolved event day (a weekday at most). */
    static boolean undated(ArticleProfile p) {
        return p.published() == null && p.eventDay() == null;
    }
}
