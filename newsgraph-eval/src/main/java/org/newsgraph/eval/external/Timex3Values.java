package org.newsgraph.eval.external;

import org.newsgraph.model.TimeValue;

/**
 * Writes a {@link TimeValue} as a TIMEX3 value: a day {@code 2013-03-22}, a month {@code 2013-03}, a year
 * {@code 2013}, a weekday without anchor {@code XXXX-WXX-6}, a month-day without year {@code XXXX-03-22}. A range has
 * no single TIMEX3 value (TimeML marks its two ends as two expressions); it is written as its first day, so it can
 * only be right when the gold marked the start. Everything our model holds is a {@code DATE}. Stateless.
 */
final class Timex3Values {
    private Timex3Values() {
    }

    static String value(TimeValue value) {
        return switch (value) {
            case TimeValue.Day d -> d.date().toString();
            case TimeValue.Month m -> m.month().toString();
            case TimeValue.Year y -> String.format(java.util.Locale.ROOT, "%04d", y.year());
            case TimeValue.Range r -> r.first().toString();
            case TimeValue.UnresolvedWeekday w -> "XXXX-WXX-" + w.weekday().getValue();
            case TimeValue.UnresolvedMonthDay md -> String.format(java.util.Locale.ROOT, "XXXX-%02d-%02d",
                    md.monthDay().getMonthValue(), md.monthDay().getDayOfMonth());
        };
    }

    static String type(TimeValue value) {
        return "DATE";
    }
}
