package org.newsgraph.pipeline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Reads calendar days written out in English or ISO form: {@code 2023-07-20}, {@code 2023-07-20T10:00:00+03:00}
 * (the day as written, no zone conversion), {@code July 22, 2020}, {@code Nov 15, 2023}, {@code 15 November
 * 2023}, {@code Nov. 15, 2023}. Weekday words and dates without a year are never read. Any input gives a
 * value or empty; never throws. Stateless, thread-safe.
 */
public final class DateReader {
    /** A day found in a text and where. */
    public record Dated(LocalDate day, Span span) {
    }

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** The first day written in {@code text}, or empty. */
    public Optional<Dated> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Dated best = null;
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            Optional<LocalDate> d = day(iso.group(1), iso.group(2), iso.group(3));
            if (d.isPresent()) {
                best = new Dated(d.get(), new Span(iso.start(), iso.end()));
                break;
            }
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        while (mdy.find()) {
            Optional<LocalDate> d = day(mdy.group(3), month(mdy.group(1)), mdy.group(2));
            if (d.isPresent()) {
                best = earlier(best, new Dated(d.get(), new Span(mdy.start(), mdy.end())));
                break;
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            Optional<LocalDate> d = day(dmy.group(3), month(dmy.group(2)), dmy.group(1));
            if (d.isPresent()) {
                best = earlier(best, new Dated(d.get(), new Span(dmy.start(), dmy.end())));
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The day of a machine-readable date such as an HTML meta value: ISO first, else written out. */
    public Optional<LocalDate> parse(String text) {
        return first(text).map(Dated::day);
    }

    private static Dated earlier(Dated a, Dated b) {
        return a == null || b.span().start() < a.span().start() ? b : a;
    }

    private static String month(String name) {
        Integer m = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return m == null ? "0" : Integer.toString(m);
    }

    static Optional<LocalDate> day(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2199) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
