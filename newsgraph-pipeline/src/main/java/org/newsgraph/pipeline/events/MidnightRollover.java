package org.newsgraph.pipeline.events;

import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/**
 * An event set for midnight and dated by an evening: "the strike begins at midnight", with "at 10 p.m. Thursday" or
 * "Thursday night" as the nearest day, starts on the next day (Friday), because midnight after an evening opens the
 * following day. The rule needs both words: "midnight" in the event's own sentence and an evening marker ("p.m.",
 * "evening", "night", "tonight") next to the time expression; a day without an evening marker is left as it is.
 * Stateless and thread-safe; spans outside the text give {@code false}, never an exception.
 */
final class MidnightRollover {
    private static final Pattern MIDNIGHT = Pattern.compile("\\bmidnight\\b");
    private static final Pattern EVENING = Pattern.compile("\\b(p\\.\\s?m\\.?|pm|evening|night|tonight|late)\\b");
    /** How far around the time expression the evening marker may stand ("at 10 p.m. Thursday", "Thursday evening"). */
    private static final int REACH = 14;

    private MidnightRollover() {
    }

    /** Whether the event in {@code eventSentence}, dated by the time expression at {@code timex}, starts a day later. */
    static boolean rollsOver(String text, Span eventSentence, Span timex) {
        if (eventSentence.end() > text.length() || timex.end() > text.length()) {
            return false;
        }
        if (!MIDNIGHT.matcher(eventSentence.of(text).toLowerCase(Locale.ROOT)).find()) {
            return false;
        }
        String around = text.substring(Math.max(0, timex.start() - REACH), Math.min(text.length(), timex.end() + REACH))
                .toLowerCase(Locale.ROOT);
        return EVENING.matcher(around).find() && !MIDNIGHT.matcher(around).find();
    }

    /**
     * The day (or weekday) after {@code value} when the event rolls over (see {@link #rollsOver}), else {@code value};
     * other values are returned as they are.
     */
    static TimeValue apply(String text, Span eventSentence, Span timex, TimeValue value) {
        if (!rollsOver(text, eventSentence, timex)) {
            return value;
        }
        return switch (value) {
            case TimeValue.Day day -> new TimeValue.Day(day.date().plusDays(1));
            case TimeValue.UnresolvedWeekday w -> new TimeValue.UnresolvedWeekday(w.weekday().plus(1));
            default -> value;
        };
    }
}
