package org.newsgraph.pipeline.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient reader for dates stated by a source as data: {@code 2020-07-22}, {@code 2020-07-22T01:37:00Z}. */
public final class IsoDates {
    private static final Pattern DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    private IsoDates() {
    }

    /** The calendar day stated, or {@code null} when the text is not an ISO date or is not a real day. */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            Matcher m = DAY.matcher(text);
            if (!m.find()) {
                return null;
            }
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return day.getYear() < 1800 || day.getYear() > 2200 ? null : day;
            } catch (java.time.DateTimeException invalid) {
                return null;
            }
        }
    }
}
