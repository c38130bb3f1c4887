package org.newsgraph.server.catalog;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.model.TimeValue;

/**
 * The calendar days a time value covers, for date-range filters: a day is itself, a month its days, a year its
 * days. Unresolved weekdays and month-days cover no known day and give an empty value.
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
        };
    }

    /** Whether this interval meets {@code [from, to]}; a {@code null} bound is open. */
    public boolean meets(LocalDate from, LocalDate to) {
        return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }
}
