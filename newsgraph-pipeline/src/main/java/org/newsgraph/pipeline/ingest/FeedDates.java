package org.newsgraph.pipeline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds state for their items: RFC 822 as RSS 2.0 writes them ({@code Tue, 21 Jul 2020 10:15:00
 * GMT}, also with a numeric offset, a named US zone, no weekday, no seconds or a two-digit year) and RFC 3339 / ISO
 * 8601 as Atom and Dublin Core write them ({@code 2020-07-21T10:15:00+02:00}, {@code 2020-07-21}). The day returned
 * is the calendar day as written, in the offset the source wrote it in. Thread-safe.
 */
public final class FeedDates {
    private static final Pattern RFC_822 = Pattern.compile(
            "^\\s*(?:[A-Za-z]{3,9}\\.?,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4}|\\d{2})"
                    + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
                    + "(?:\\s*(?:[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}))?\\s*$");
    private static final Pattern ISO_START = Pattern.compile("^\\s*\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec");

    private FeedDates() {
    }

    /**
     * The calendar day {@code text} states, or {@code null} when it is {@code null}, not a date in one of the
     * formats above, not a real day (31 February), or outside the years 1800 to 2200. Never throws.
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return null;
        }
        if (ISO_START.matcher(text).find()) {
            return IsoDates.parse(text);
        }
        Matcher m = RFC_822.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0 || !isMonthName(m.group(2).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        if (m.group(4) != null && (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59
                || (m.group(6) != null && Integer.parseInt(m.group(6)) > 60))) {
            return null;
        }
        if (year < 1800 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final List<String> FULL_MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "sept");

    private static boolean isMonthName(String word) {
        return word.length() == 3 || FULL_MONTHS.contains(word);
    }
}
