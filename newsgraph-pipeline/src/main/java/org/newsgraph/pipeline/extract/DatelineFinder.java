package org.newsgraph.pipeline.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Finds the dateline at the start of one of the first paragraphs. Forms read: an upper-case place with an
 * optional "Month day" and agency tag followed by a dash or colon ("NEW DELHI, April 4 (Xinhua) -", "LISBON
 * (Reuters) –", "ANKARA -"), and a capitalised place with an agency tag and a colon ("Baghdad (IP):"). Never
 * throws. Stateless, thread-safe.
 */
public final class DatelineFinder {
    private static final String UPPER_PLACE = "(\\p{Lu}[\\p{Lu}'.-]+(?: \\p{Lu}[\\p{Lu}'.-]+){0,3})";
    private static final String TITLE_PLACE = "(\\p{Lu}\\p{Ll}[\\p{L}'.-]*(?: \\p{Lu}\\p{Ll}[\\p{L}'.-]*){0,2})";
    private static final String DAY = "(?:, \\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?)?";
    private static final String TAG = "\\((\\p{L}[\\p{L}&. -]{0,24})\\)";
    private static final Pattern UPPER_TAGGED = Pattern.compile("^" + UPPER_PLACE + DAY + " ?" + TAG + " ?[-–—:] ?(?=\\S)");
    private static final Pattern UPPER = Pattern.compile("^" + UPPER_PLACE + DAY + "()? ?[-–—] ?(?=\\S)");
    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "UPDATE", "UPDATED", "WATCH",
            "EXCLUSIVE", "LIVE", "FILE", "PHOTO", "VIDEO", "OPINION", "ANALYSIS", "EDITORIAL", "NEWS", "URGENT", "FLASH");
    private static final Pattern TITLED = Pattern.compile("^" + TITLE_PLACE + DAY + " " + TAG + " ?[-–—:] ?(?=\\S)");
    private static final int HEAD_LINES = 6;

    /** The dateline of the first of the first few kept lines that has one, or empty. */
    public Optional<Dateline> find(Draft draft) {
        int seen = 0;
        for (Line line : draft.kept()) {
            if (seen++ >= HEAD_LINES) {
                break;
            }
            Optional<Dateline> d = read(line);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    static Optional<Dateline> read(Line line) {
        String text = line.text();
        if (text.length() < 40) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {UPPER_TAGGED, UPPER, TITLED}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String place = m.group(1);
                if (p != TITLED && (place.length() < 3 || NOT_PLACES.contains(place.split(" ")[0]))) {
                    continue;
                }
                Span placeSpan = line.part(m.start(1), m.end(1));
                boolean tagged = m.group(2) != null && !m.group(2).isBlank();
                Optional<String> tag = tagged ? Optional.of(m.group(2).strip()) : Optional.empty();
                Span tagSpan = tagged ? line.part(m.start(2), m.end(2)) : null;
                return Optional.of(new Dateline(capitalise(place), placeSpan, tag, tagSpan));
            }
        }
        return Optional.empty();
    }

    static String capitalise(String place) {
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }
}
