package org.newsgraph.server.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the dates that articles give one event are the same day once normalised: a day (with or without a time
 * or part of day), a weekday that day falls on ("Sunday"), a month and day of it ("XXXX-03-10"). Other values
 * (months, ranges, years) agree only when written alike. Stateless.
 */
final class DateClaims {
    private DateClaims() {
    }

    /** Whether every value can name one and the same day. */
    static boolean agree(Collection<String> values) {
        Set<LocalDate> days = new HashSet<>();
        Set<DayOfWeek> weekdays = new HashSet<>();
        Set<MonthDay> monthDays = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (String v : values) {
            String s = v.strip();
            LocalDate day = day(s);
            if (day != null) {
                days.add(day);
                continue;
            }
            DayOfWeek weekday = weekday(s);
            if (weekday != null) {
                weekdays.add(weekday);
            } else if (s.matches("XXXX-\\d{2}-\\d{2}")) {
                monthDays.add(MonthDay.of(Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10))));
            } else {
                others.add(s);
            }
        }
        if (!others.isEmpty()) {
            return others.size() == 1 && days.isEmpty() && weekdays.isEmpty() && monthDays.isEmpty();
        }
        if (days.size() > 1 || weekdays.size() > 1 || monthDays.size() > 1) {
            return false;
        }
        if (days.isEmpty()) {
            return true;
        }
        LocalDate d = days.iterator().next();
        return weekdays.stream().allMatch(w -> w == d.getDayOfWeek()) && monthDays.stream().allMatch(md -> md.equals(MonthDay.from(d)));
    }

    private static LocalDate day(String s) {
        if (s.length() < 10 || !s.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}") || s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ') {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DayOfWeek weekday(String s) {
        try {
            return DayOfWeek.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
