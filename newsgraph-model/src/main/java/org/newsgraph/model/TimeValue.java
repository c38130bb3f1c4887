package org.newsgraph.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The normalized value of a time expression. A weekday that nothing anchors stays an {@link UnresolvedWeekday}:
 * it is never resolved against today.
 */
public sealed interface TimeValue {
    /** A calendar day. */
    record Day(LocalDate date) implements TimeValue {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    /** A month of a year ("July 2020", "last month"). */
    record Month(YearMonth month) implements TimeValue {
        public Month {
            Objects.requireNonNull(month, "month");
        }
    }

    /** A year ("in 2014", "three years later"). */
    record Year(int year) implements TimeValue {
    }

    /** A day range ("from March 20 to March 22"). */
    record Range(LocalDate first, LocalDate last) implements TimeValue {
        public Range {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("range ends before it starts: " + first + ".." + last);
            }
        }
    }

    /** "on Saturday" in an article without a publication date. */
    record UnresolvedWeekday(DayOfWeek weekday) implements TimeValue {
        public UnresolvedWeekday {
            Objects.requireNonNull(weekday, "weekday");
        }
    }

    /** A day of a month whose year nothing states ("January 3" in an undated article). */
    record UnresolvedMonthDay(java.time.MonthDay monthDay) implements TimeValue {
        public UnresolvedMonthDay {
            Objects.requireNonNull(monthDay, "monthDay");
        }
    }

    /** The day this value pins down, if it pins one down. */
    default java.util.Optional<LocalDate> day() {
        return this instanceof Day d ? java.util.Optional.of(d.date()) : java.util.Optional.empty();
    }

    /** ISO-like rendering: {@code 2020-07-21}, {@code 2020-07}, {@code 2020}, {@code Saturday}, {@code XXXX-01-03}. */
    default String render() {
        return switch (this) {
            case Day d -> d.date().toString();
            case Month m -> m.month().toString();
            case Year y -> Integer.toString(y.year());
            case Range r -> r.first() + "/" + r.last();
            case UnresolvedWeekday w -> w.weekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            case UnresolvedMonthDay md -> "XXXX-" + md.monthDay().toString().substring(2);
        };
    }
}
