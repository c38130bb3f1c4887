package org.newsgraph.pipeline.annotate.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The month names, weekday names and number words of English news text, read from the data file
 * {@code calendar-words.tsv}. Immutable and thread-safe.
 *
 * @param months   surface form to month ("Sept." to September)
 * @param weekdays surface form to day of week
 * @param numbers  number word to the count it names ("three" to 3, "a" to 1)
 */
public record CalendarWords(Map<String, Month> months, Map<String, DayOfWeek> weekdays, Map<String, Integer> numbers) {
    private static final String RESOURCE = "calendar-words.tsv";

    public CalendarWords {
        months = Map.copyOf(months);
        weekdays = Map.copyOf(weekdays);
        numbers = Map.copyOf(numbers);
    }

    /**
     * The words shipped with the project. Fails at class initialisation time if the data file is missing or
     * malformed: that is a build fault, not bad input.
     */
    public static CalendarWords english() {
        try (InputStream in = CalendarWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CalendarWords read(BufferedReader reader) throws IOException {
        Map<String, Month> months = new LinkedHashMap<>();
        Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected 3 tab-separated cells");
            }
            int value = Integer.parseInt(cells[2].strip());
            switch (cells[0]) {
                case "month" -> months.put(cells[1], Month.of(value));
                case "weekday" -> weekdays.put(cells[1], DayOfWeek.of(value));
                case "number" -> numbers.put(cells[1], value);
                default -> throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": unknown kind " + cells[0]);
            }
        }
        return new CalendarWords(months, weekdays, numbers);
    }

    /** The month a surface form names, empty for anything else (including {@code null}). */
    public Optional<Month> month(String word) {
        return Optional.ofNullable(word == null ? null : months.get(word));
    }

    /** The weekday a surface form names, empty for anything else. */
    public Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(word == null ? null : weekdays.get(word));
    }

    /** The count a number word or a string of digits names, empty for anything else. */
    public Optional<Integer> number(String word) {
        if (word == null) {
            return Optional.empty();
        }
        if (word.matches("\\d{1,4}")) {
            return Optional.of(Integer.parseInt(word));
        }
        return Optional.ofNullable(numbers.get(word));
    }

    /** A regex alternation of the month forms, longest first, each followed by no further letter. */
    String monthAlternation() {
        return alternation(months);
    }

    /** A regex alternation of the weekday names, longest first. */
    String weekdayAlternation() {
        return alternation(weekdays);
    }

    /** A regex alternation of the number words and of 1-4 digit numbers. */
    String numberAlternation() {
        return "\\d{1,4}|" + alternation(numbers);
    }

    private static String alternation(Map<String, ?> words) {
        return words.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w) + (w.endsWith(".") ? "" : "(?![A-Za-z])"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
