package org.newsgraph.pipeline.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;

/**
 * Reads a publication day from a URL path: {@code /2023/10/17/}, {@code /2023-10-17/}, {@code /20231017/},
 * {@code /20231017-slug}, {@code /2023/oct/14/}. Only the path is read, never the query. Any input gives a
 * value or empty; never throws. Stateless, thread-safe.
 */
public final class UrlDates {
    private static final Pattern SLASHED = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})(?=/|$|[-_.])");
    private static final Pattern DASHED = Pattern.compile("/(\\d{4})-(\\d{2})-(\\d{2})(?=/|$|[-_.])");
    private static final Pattern COMPACT = Pattern.compile("/(\\d{4})(\\d{2})(\\d{2})(?=/|$|[-_])");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "/(\\d{4})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(\\d{1,2})(?=/|$)");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    public Optional<LocalDate> read(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = path(url).toLowerCase(Locale.ROOT);
        for (Pattern p : new Pattern[] {SLASHED, DASHED, COMPACT}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                Optional<LocalDate> d = DateReader.day(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Matcher m = MONTH_NAME.matcher(path);
        while (m.find()) {
            int month = MONTHS.indexOf(m.group(2)) / 3 + 1;
            Optional<LocalDate> d = DateReader.day(m.group(1), Integer.toString(month), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    static String path(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) {
            return "";
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c, start);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return url.substring(start, end);
    }
}
