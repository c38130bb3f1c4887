package org.newsgraph.pipeline.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

/**
 * Joins a clock time with the day right next to it into one expression on that day: "10 p.m. Tuesday",
 * "Sunday night at 8 PM", "15:00 GMT Saturday", "March 3 at 14:00". Only a resolved day joins: next to an unresolved
 * weekday the clock time stays a {@link TimeValue.TimeOfDay} and the weekday stays as it is. Stateless and
 * thread-safe; any list (sorted by position, non-overlapping) gives a list.
 */
final class ClockJoiner {
    /** What may stand between a day and the clock time after it. */
    private static final Pattern DAY_THEN_CLOCK = Pattern.compile("\\s*,?\\s*(?:(?:at|around|about|from|by|before|after|until|shortly\\s+after|shortly\\s+before|just\\s+after|just\\s+before)\\s+)?");
    /** What may stand between a clock time and the day after it. */
    private static final Pattern CLOCK_THEN_DAY = Pattern.compile("\\s*,?\\s*(?:(?:on|of|this|last)\\s+)?");

    List<Timex> join(String text, List<Timex> timexes) {
        List<Timex> out = new ArrayList<>();
        for (int i = 0; i < timexes.size(); i++) {
            Timex t = timexes.get(i);
            Timex next = i + 1 < timexes.size() ? timexes.get(i + 1) : null;
            if (next != null && t.value() instanceof TimeValue.TimeOfDay clock && between(text, t, next, CLOCK_THEN_DAY)) {
                Optional<LocalDate> day = next.value().day();
                if (day.isPresent()) {
                    out.add(joined(t, next, day.get(), clock));
                    i++;
                    continue;
                }
            }
            if (next != null && next.value() instanceof TimeValue.TimeOfDay clock && between(text, t, next, DAY_THEN_CLOCK)) {
                Optional<LocalDate> day = t.value().day();
                if (day.isPresent()) {
                    out.add(joined(t, next, day.get(), clock));
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    private static boolean between(String text, Timex first, Timex second, Pattern allowed) {
        int from = first.span().end();
        int to = second.span().start();
        return from <= to && allowed.matcher(text.substring(from, to)).matches();
    }

    private static Timex joined(Timex first, Timex second, LocalDate day, TimeValue.TimeOfDay clock) {
        return new Timex(new Span(first.span().start(), second.span().end()), new TimeValue.DateTime(day, clock.time()),
                "date-time");
    }
}
