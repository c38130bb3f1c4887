package org.newsgraph.server.catalog;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.model.TimeValue;

/**
 * The calendar days a time value covers, for date-range filters: a day is itself, a month its days, a year its
 * days, and so on for weeks, quarters, seasons (meteorological, northern hemisphere), decades and centuries ("the 20th
 * century" as 1900-1999). Unresolved weekdays and month-days, bare clock times, durations, recurrences and "now" cover no known
 * day and give an empty value.
 */
public record DayInterval(LocalDate first, LocalDate last) {
    public static Optional<DayInterval> of(TimeValue value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case TimeValue.Day d -> Optional.of(new DayInterval(d.date(), d.date()));
            case TimeValue.Month m -> Optional.of(new DayInterval(m.month().atDay(1), m.month().atEndOfMonth()));
            case TimeValue.Year y -> Optional.of(new DayInterval(LocalDate.of(y.year(), 1, 1), LocalDate.of(y.year(), 12, 31)));
            case TimeValue.Range r -> Optional.of(new DayInterval(r.first(), r.last()));
            case TimeValue.UnresolvedWeekday w -> Optional.empty();
            case TimeValue.UnresolvedMonthDay md -> Optional.empty();
            case TimeValue.DateTime dt -> Optional.of(new DayInterval(dt.date(), dt.date()));
            case TimeValue.DayPart p -> Optional.of(new DayInterval(p.date(), p.date()));
            case TimeValue.Week w -> {
                LocalDate monday = LocalDate.of(w.weekBasedYear(), 1, 4)
                        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, w.week())
                        .with(java.time.DayOfWeek.MONDAY);
                yield Optional.of(new DayInterval(monday, monday.plusDays(6)));
            }
            case TimeValue.Quarter q -> Optional.of(new DayInterval(LocalDate.of(q.year(), q.quarter() * 3 - 2, 1),
                    java.time.YearMonth.of(q.year(), q.quarter() * 3).atEndOfMonth()));
            case TimeValue.Season s -> {
                // meteorological seasons of the northern hemisphere; winter runs into the next year
                LocalDate first = LocalDate.of(s.year(), 3 + 3 * s.season().ordinal(), 1);
                yield Optional.of(new DayInterval(first, first.plusMonths(3).minusDays(1)));
            }
            case TimeValue.Decade d -> Optional.of(new DayInterval(LocalDate.of(d.firstYear(), 1, 1), LocalDate.of(d.firstYear() + 9, 12, 31)));
            case TimeValue.Century c -> Optional.of(new DayInterval(LocalDate.of((c.ordinal() - 1) * 100, 1, 1),
                    LocalDate.of((c.ordinal() - 1) * 100 + 99, 12, 31)));
            case TimeValue.Duration du -> Optional.empty();
            case TimeValue.TimeOfDay t -> Optional.empty();
            case TimeValue.Deictic g -> Optional.empty();
            case TimeValue.Recurrence r -> Optional.empty();
        };
    }

    /** Whether this interval meets {@code [from, to]}; a {@code null} bound is open. */
    public boolean meets(LocalDate from, LocalDate to) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }
}
