package org.newsgraph.pipeline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Reads calendar days as written: ISO ({@code 2023-07-20}, {@code 2023-07-20T10:00:00+03:00} — the day as written,
 * no zone conversion — also with slashes or dots), European numeric ({@code 20.07.2023}), and with month names
 * in English, German, French, Spanish, Italian, Portuguese or Dutch ({@code July 22, 2020}, {@code Nov. 15, 2023},
 * {@code 15 November 2023}, {@code 23. Juli 2017}, {@code 26 de abril de 2022}, {@code Fri Feb 18 10:27:24 2022});
 * month names come from {@code months.tsv}. Weekday words, two-digit years and dates without a year are never read;
 * slashed day/month orders ({@code 03/04/2021}) are ambiguous and not read. Any input gives a value or empty;
 * never throws. Stateless, thread-safe.
 */
public final class DateReader {
    /** A day found in a text and where. */
    public record Dated(LocalDate day, Span span) {
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final String MONTH;

    static {
        for (String[] row : TsvResource.rows("months.tsv")) {
            MONTHS.put(row[0].strip(), Integer.parseInt(row[1].strip()));
        }
        MONTH = "(" + String.join("|", MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).toList()) + ")\\.?";
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile("(?<![\\d./-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\. ?(\\d{1,2})\\. ?(\\d{4})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (?:\\d{1,2}:\\d{2}(?::\\d{2})? )?(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º)? ?(?:of |de |del )?" + MONTH + ",? (?:de |del )?(\\d{4})(?!\\d)", FLAGS);

    /** The first day written in {@code text}, or empty. */
    public Optional<Dated> first(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Dated best = null;
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            Optional<LocalDate> d = day(iso.group(1), iso.group(3), iso.group(4));
            if (d.isPresent()) {
                best = new Dated(d.get(), new Span(iso.start(), iso.end()));
                break;
            }
        }
        Matcher num = NUMERIC.matcher(text);
        while (num.find()) {
            Optional<LocalDate> d = day(num.group(3), num.group(2), num.group(1));
            if (d.isPresent()) {
                best = earlier(best, new Dated(d.get(), new Span(num.start(), num.end())));
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

    /** The day of a machine-readable date such as an HTML meta value: the first day written in it. */
    public Optional<LocalDate> parse(String text) {
        return first(text).map(Dated::day);
    }

    private static Dated earlier(Dated a, Dated b) {
        return a == null || b.span().start() < a.span().start() ? b : a;
    }

    private static String month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        Integer m = MONTHS.get(key);
        return m == null ? "0" : Integer.toString(m);
    }

    /** Every month name the reader knows, lower case. */
    static List<String> monthNames() {
        return List.copyOf(MONTHS.keySet());
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
