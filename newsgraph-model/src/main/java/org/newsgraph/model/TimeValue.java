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

    /**
     * A length of time ("three years", "a decade", "the past two weeks", "90 days", "several months"). Never a
     * point in time: it says how long, not when.
     *
     * @param amount how many units; empty when the text leaves it vague ("several months", "for years")
     * @param unit   one of seconds, minutes, hours, days, weeks, months, years ("a decade" is ten years)
     */
    record Duration(java.util.OptionalInt amount, java.time.temporal.ChronoUnit unit) implements TimeValue {
        private static final java.util.Set<java.time.temporal.ChronoUnit> UNITS = java.util.EnumSet.of(
                java.time.temporal.ChronoUnit.SECONDS, java.time.temporal.ChronoUnit.MINUTES,
                java.time.temporal.ChronoUnit.HOURS, java.time.temporal.ChronoUnit.DAYS,
                java.time.temporal.ChronoUnit.WEEKS, java.time.temporal.ChronoUnit.MONTHS,
                java.time.temporal.ChronoUnit.YEARS);

        public Duration {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(unit, "unit");
            if (!UNITS.contains(unit)) {
                throw new IllegalArgumentException("not a duration unit: " + unit);
            }
            if (amount.isPresent() && amount.getAsInt() < 0) {
                throw new IllegalArgumentException("negative duration: " + amount.getAsInt());
            }
        }

        /** ISO 8601 as TimeML writes it: {@code P3Y}, {@code P2W}, {@code PT5H}, {@code PXM} for a vague amount. */
        public String iso() {
            String n = amount.isPresent() ? Integer.toString(amount.getAsInt()) : "X";
            return switch (unit) {
                case SECONDS -> "PT" + n + "S";
                case MINUTES -> "PT" + n + "M";
                case HOURS -> "PT" + n + "H";
                case DAYS -> "P" + n + "D";
                case WEEKS -> "P" + n + "W";
                case MONTHS -> "P" + n + "M";
                default -> "P" + n + "Y";
            };
        }
    }

    /** A clock time on a known day ("10 p.m. Tuesday", "2020-07-21 14:00", "midnight on March 3"). */
    record DateTime(LocalDate date, java.time.LocalTime time) implements TimeValue {
        public DateTime {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
        }
    }

    /** A clock time whose day nothing states ("at 8 p.m." in an undated article). */
    record TimeOfDay(java.time.LocalTime time) implements TimeValue {
        public TimeOfDay {
            Objects.requireNonNull(time, "time");
        }
    }

    /** A part of a known day ("Tuesday evening", "this morning"). */
    record DayPart(LocalDate date, PartOfDay part) implements TimeValue {
        public DayPart {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(part, "part");
        }
    }

    /** Parts of a day, with their TimeML codes. */
    enum PartOfDay {
        MORNING("MO"), AFTERNOON("AF"), EVENING("EV"), NIGHT("NI");

        private final String code;

        PartOfDay(String code) {
            this.code = code;
        }

        /** {@code MO}, {@code AF}, {@code EV}, {@code NI}. */
        public String code() {
            return code;
        }
    }

    /** An ISO week ("this week", "last week"): {@code 2013-W12}. */
    record Week(int weekBasedYear, int week) implements TimeValue {
        public Week {
            if (week < 1 || week > 53) {
                throw new IllegalArgumentException("no such ISO week: " + week);
            }
        }
    }

    /** A quarter of a year, calendar or fiscal as the text states it ("the second quarter"): {@code 2023-Q2}. */
    record Quarter(int year, int quarter) implements TimeValue {
        public Quarter {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("no such quarter: " + quarter);
            }
        }
    }

    /** A season of a year ("last summer"): {@code 2012-SU}. */
    record Season(int year, SeasonOfYear season) implements TimeValue {
        public Season {
            Objects.requireNonNull(season, "season");
        }
    }

    /** The seasons, with their TimeML codes. */
    enum SeasonOfYear {
        SPRING("SP"), SUMMER("SU"), AUTUMN("FA"), WINTER("WI");

        private final String code;

        SeasonOfYear(String code) {
            this.code = code;
        }

        /** {@code SP}, {@code SU}, {@code FA}, {@code WI}. */
        public String code() {
            return code;
        }
    }

    /** A decade ("the 1990s"), by its first year, a multiple of ten: 1990. */
    record Decade(int firstYear) implements TimeValue {
        public Decade {
            if (firstYear % 10 != 0) {
                throw new IllegalArgumentException("a decade starts on a multiple of ten: " + firstYear);
            }
        }
    }

    /** A century by its ordinal ("the 20th century" is 20, the years 1900-1999 as news uses it). */
    record Century(int ordinal) implements TimeValue {
        public Century {
            if (ordinal < 1) {
                throw new IllegalArgumentException("no such century: " + ordinal);
            }
        }
    }

    /** The present, past or future in general ("now", "currently", "in the past", "in the future"), no date. */
    record Deictic(Direction direction) implements TimeValue {
        public Deictic {
            Objects.requireNonNull(direction, "direction");
        }
    }

    /** Something that recurs at a regular interval ("daily", "every week", "$5 million a year"), no date. */
    record Recurrence(java.time.temporal.ChronoUnit every) implements TimeValue {
        private static final java.util.Set<java.time.temporal.ChronoUnit> UNITS = java.util.EnumSet.of(
                java.time.temporal.ChronoUnit.HOURS, java.time.temporal.ChronoUnit.DAYS,
                java.time.temporal.ChronoUnit.WEEKS, java.time.temporal.ChronoUnit.MONTHS,
                java.time.temporal.ChronoUnit.YEARS);

        public Recurrence {
            Objects.requireNonNull(every, "every");
            if (!UNITS.contains(every)) {
                throw new IllegalArgumentException("not a recurrence interval: " + every);
            }
        }
    }

    /** Which way a {@link Deictic} points from the time of writing. */
    enum Direction { PAST, PRESENT, FUTURE }

    /**
     * The day this value pins down, if it pins one down: a {@link Day}, and the day of a {@link DateTime} or a
     * {@link DayPart}.
     */
    default java.util.Optional<LocalDate> day() {
        return switch (this) {
            case Day d -> java.util.Optional.of(d.date());
            case DateTime t -> java.util.Optional.of(t.date());
            case DayPart p -> java.util.Optional.of(p.date());
            default -> java.util.Optional.empty();
        };
    }

    /**
     * ISO-like rendering: {@code 2020-07-21}, {@code 2020-07}, {@code 2020}, {@code Saturday}, {@code XXXX-01-03},
     * {@code P3Y}, {@code 2020-07-21T14:00}, {@code T20:00}, {@code 2020-07-21 evening}, {@code 2020-W30},
     * {@code 2023-Q2}, {@code 2012 summer}, {@code 1990s}, {@code 20th century}, {@code every day}, {@code now}/{@code the past}/{@code the future}.
     */
    default String render() {
        return switch (this) {
            case Day d -> d.date().toString();
            case Month m -> m.month().toString();
            case Year y -> Integer.toString(y.year());
            case Range r -> r.first() + "/" + r.last();
            case UnresolvedWeekday w -> w.weekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            case UnresolvedMonthDay md -> "XXXX-" + md.monthDay().toString().substring(2);
            case Duration du -> du.iso();
            case DateTime dt -> dt.date() + "T" + dt.time();
            case TimeOfDay t -> "T" + t.time();
            case DayPart p -> p.date() + " " + p.part().name().toLowerCase(java.util.Locale.ROOT);
            case Week w -> String.format(java.util.Locale.ROOT, "%04d-W%02d", w.weekBasedYear(), w.week());
            case Quarter q -> q.year() + "-Q" + q.quarter();
            case Season s -> s.year() + " " + s.season().name().toLowerCase(java.util.Locale.ROOT);
            case Decade d -> d.firstYear() + "s";
            case Century c -> c.ordinal() + ordinalSuffix(c.ordinal()) + " century";
            case Recurrence r -> "every " + r.every().name().toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "");
            case Deictic g -> switch (g.direction()) {
                case PAST -> "the past";
                case PRESENT -> "now";
                case FUTURE -> "the future";
            };
        };
    }

    private static String ordinalSuffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
