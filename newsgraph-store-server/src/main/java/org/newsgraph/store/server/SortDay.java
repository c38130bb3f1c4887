package org.newsgraph.store.server;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.newsgraph.model.TimeValue;

/**
 * The day an event sorts by, as the embedded store computes it: its day, or the first day of its range, week, month,
 * quarter, season, year, decade or century; null when unresolved or not a point in time.
 */
final class SortDay {
    private SortDay() {
    }

    static LocalDate of(TimeValue value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case TimeValue.Day d -> d.date();
            case TimeValue.Range r -> r.first();
            case TimeValue.Month m -> m.month().atDay(1);
            case TimeValue.Year y -> LocalDate.of(y.year(), 1, 1);
            case TimeValue.UnresolvedWeekday w -> null;
            case TimeValue.UnresolvedMonthDay md -> null;
            case TimeValue.DateTime dt -> dt.date();
            case TimeValue.DayPart p -> p.date();
            case TimeValue.Week w -> LocalDate.of(w.weekBasedYear(), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w.week()).with(DayOfWeek.MONDAY);
            case TimeValue.Quarter q -> LocalDate.of(q.year(), q.quarter() * 3 - 2, 1);
            case TimeValue.Season s -> LocalDate.of(s.year(), 3 + 3 * s.season().ordinal(), 1);
            case TimeValue.Decade d -> LocalDate.of(d.firstYear(), 1, 1);
            case TimeValue.Century c -> LocalDate.of((c.ordinal() - 1) * 100, 1, 1);
            case TimeValue.Duration du -> null;
            case TimeValue.TimeOfDay t -> null;
            case TimeValue.Deictic g -> null;
            case TimeValue.Recurrence r -> null;
        };
    }
}
