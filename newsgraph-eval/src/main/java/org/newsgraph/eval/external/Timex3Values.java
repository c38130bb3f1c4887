package org.newsgraph.eval.external;

import org.newsgraph.model.TimeValue;

/**
 * Writes a {@link TimeValue} as a TIMEX3 value: a day {@code 2013-03-22}, a month {@code 2013-03}, a year
 * {@code 2013}, a weekday without anchor {@code XXXX-WXX-6}, a month-day without year {@code XXXX-03-22}. A range has
 * no single TIMEX3 value (TimeML marks its two ends as two expressions); it is written as its first day, so it can
 * only be right when the gold marked the start. A duration is a {@code DURATION} ({@code P3Y}, {@code PXM}); a clock
 * time or a part of a day a {@code TIME} ({@code 2013-03-22T15:00}, {@code 2013-03-22TAF}, {@code XXXX-XX-XXT20:00}
 * when no day is known); weeks, quarters, seasons, decades, centuries and the general present/past/future are
 * {@code DATE}s ({@code 2013-W12}, {@code 2013-Q2}, {@code 2012-SU}, {@code 199}, {@code 19}, {@code PRESENT_REF}).
 * A recurrence is a {@code SET} with its interval as value ({@code P1D} for "daily"). Stateless.
 */
final class Timex3Values {
    private Timex3Values() {
    }

    static String value(TimeValue value) {
        return switch (value) {
            case TimeValue.Day d -> d.date().toString();
            case TimeValue.Month m -> m.month().toString();
            case TimeValue.Year y -> String.format(java.util.Locale.ROOT, "%04d", y.year());
            case TimeValue.Range r -> r.first().toString();
            case TimeValue.UnresolvedWeekday w -> "XXXX-WXX-" + w.weekday().getValue();
            case TimeValue.UnresolvedMonthDay md -> String.format(java.util.Locale.ROOT, "XXXX-%02d-%02d",
                    md.monthDay().getMonthValue(), md.monthDay().getDayOfMonth());
            case TimeValue.Duration du -> du.iso();
            case TimeValue.DateTime dt -> dt.date() + "T" + clock(dt.time());
            case TimeValue.TimeOfDay t -> "XXXX-XX-XXT" + clock(t.time());
            case TimeValue.DayPart p -> p.date() + "T" + p.part().code();
            case TimeValue.Week w -> String.format(java.util.Locale.ROOT, "%04d-W%02d", w.weekBasedYear(), w.week());
            case TimeValue.Quarter q -> String.format(java.util.Locale.ROOT, "%04d-Q%d", q.year(), q.quarter());
            case TimeValue.Season s -> String.format(java.util.Locale.ROOT, "%04d-%s", s.year(), s.season().code());
            case TimeValue.Decade d -> String.format(java.util.Locale.ROOT, "%03d", d.firstYear() / 10);
            case TimeValue.Century c -> String.format(java.util.Locale.ROOT, "%02d", c.ordinal() - 1);
            case TimeValue.Deictic g -> g.direction().name() + "_REF";
            case TimeValue.Recurrence r -> new TimeValue.Duration(java.util.OptionalInt.of(1), r.every()).iso();
        };
    }

    static String type(TimeValue value) {
        return switch (value) {
            case TimeValue.Duration du -> "DURATION";
            case TimeValue.DateTime dt -> "TIME";
            case TimeValue.TimeOfDay t -> "TIME";
            case TimeValue.DayPart p -> "TIME";
            case TimeValue.Recurrence r -> "SET";
            default -> "DATE";
        };
    }

    private static String clock(java.time.LocalTime time) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }
}
