package org.newsgraph.pipeline.annotate.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.newsgraph.model.TimeValue;

/**
 * Resolves partial dates (a weekday, a day of a month, a month) against an article's publication date. Without a
 * publication date nothing is invented: a weekday stays {@link TimeValue.UnresolvedWeekday}, a month-day stays
 * {@link TimeValue.UnresolvedMonthDay}, and what cannot be kept unresolved is empty. Immutable and thread-safe.
 *
 * @param published the publication date, or {@code null}
 */
public record PublicationAnchor(LocalDate published) {
    /** How far past the publication date a past-tense month-day may lie and still be read in the same year. */
    private static final int PAST_SLACK_DAYS = 30;
    /** How far before the publication date a future-tense month-day may lie and still be read in the same year. */
    private static final int FUTURE_SLACK_DAYS = 7;
    /** In present tense a day ahead counts as this many days back when choosing the nearer year. */
    private static final int FUTURE_WEIGHT = 2;

    public boolean dated() {
        return published != null;
    }

    /**
     * A weekday: past tense gives the latest such day on or before publication, future the first on or after;
     * {@code strictlyOther} ("last Tuesday", "next Tuesday") excludes the publication day itself.
     */
    public TimeValue weekday(DayOfWeek day, Tense tense, boolean strictlyOther) {
        if (published == null) {
            return new TimeValue.UnresolvedWeekday(day);
        }
        LocalDate date;
        if (tense == Tense.PRESENT && !strictlyOther) {
            LocalDate before = published.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = published.with(TemporalAdjusters.nextOrSame(day));
            date = after.toEpochDay() - published.toEpochDay() < published.toEpochDay() - before.toEpochDay() ? after : before;
        } else if (tense == Tense.FUTURE) {
            date = published.with(strictlyOther ? TemporalAdjusters.next(day) : TemporalAdjusters.nextOrSame(day));
        } else {
            date = published.with(strictlyOther ? TemporalAdjusters.previous(day) : TemporalAdjusters.previousOrSame(day));
        }
        return new TimeValue.Day(date);
    }

    /** A day of a month with a stated year; empty when no such day exists (30 February). */
    public static Optional<TimeValue> day(int year, int month, int dayOfMonth) {
        return date(year, month, dayOfMonth).map(TimeValue.Day::new);
    }

    /** A day of a month without a year: the year around publication that fits the tense. */
    public Optional<TimeValue> monthDay(int month, int dayOfMonth, Tense tense) {
        Optional<MonthDay> md = monthDayOf(month, dayOfMonth);
        if (md.isEmpty()) {
            return Optional.empty();
        }
        if (published == null) {
            return Optional.of(new TimeValue.UnresolvedMonthDay(md.get()));
        }
        return yearFor(md.get(), tense).flatMap(y -> day(y, month, dayOfMonth));
    }

    /** The year a month-day without a year most plausibly falls in; empty without a publication date. */
    public Optional<Integer> yearFor(MonthDay md, Tense tense) {
        if (published == null) {
            return Optional.empty();
        }
        int year = published.getYear();
        LocalDate same = md.atYear(year);
        if (tense == Tense.PRESENT) {
            int best = year;
            long bestCost = Long.MAX_VALUE;
            for (int y = year - 1; y <= year + 1; y++) {
                long days = md.atYear(y).toEpochDay() - published.toEpochDay();
                long cost = days > 0 ? FUTURE_WEIGHT * days : -days;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = y;
                }
            }
            return Optional.of(best);
        }
        if (tense == Tense.FUTURE) {
            return Optional.of(same.isBefore(published.minusDays(FUTURE_SLACK_DAYS)) ? year + 1 : year);
        }
        return Optional.of(same.isAfter(published.plusDays(PAST_SLACK_DAYS)) ? year - 1 : year);
    }

    /**
     * A month without a year ("in August", "last June"): past tense gives the latest such month up to the
     * publication month ({@code strictlyOther}: before it), future the first from it (after it).
     */
    public Optional<TimeValue> month(Month month, Tense tense, boolean strictlyOther) {
        if (published == null) {
            return Optional.empty();
        }
        YearMonth pub = YearMonth.from(published);
        YearMonth candidate = YearMonth.of(pub.getYear(), month);
        if (tense == Tense.PRESENT && !strictlyOther) {
            LocalDate middle = candidate.atDay(15);
            return yearFor(MonthDay.from(middle), Tense.PRESENT).map(y -> new TimeValue.Month(YearMonth.of(y, month)));
        }
        if (tense == Tense.FUTURE) {
            if (candidate.isBefore(pub) || (strictlyOther && candidate.equals(pub))) {
                candidate = candidate.plusYears(1);
            }
        } else if (candidate.isAfter(pub) || (strictlyOther && candidate.equals(pub))) {
            candidate = candidate.minusYears(1);
        }
        return Optional.of(new TimeValue.Month(candidate));
    }

    /** The month {@code offset} months from the publication month; empty without a publication date. */
    public Optional<TimeValue> monthOffset(int offset) {
        return published == null ? Optional.empty()
                : Optional.of(new TimeValue.Month(YearMonth.from(published).plusMonths(offset)));
    }

    /** The year {@code offset} years from the publication year; empty without a publication date. */
    public Optional<TimeValue> yearOffset(int offset) {
        return published == null ? Optional.empty() : Optional.of(new TimeValue.Year(published.getYear() + offset));
    }

    /** The day {@code offset} days from the publication day; empty without a publication date. */
    public Optional<TimeValue> dayOffset(int offset) {
        return published == null ? Optional.empty() : Optional.of(new TimeValue.Day(published.plusDays(offset)));
    }

    static Optional<LocalDate> date(int year, int month, int dayOfMonth) {
        try {
            return Optional.of(LocalDate.of(year, month, dayOfMonth));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    static Optional<MonthDay> monthDayOf(int month, int dayOfMonth) {
        try {
            return Optional.of(MonthDay.of(month, dayOfMonth));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
