package org.newsgraph.pipeline.annotate.time;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newsgraph.model.TimeValue;

/**
 * Rules for clock times: "10 p.m.", "8 PM", "10:30 a.m.", "15:00 GMT", "noon", "midnight", and ISO date-times
 * ("2020-07-21T14:00", "2020-07-21 14:00"). A clock time alone names no day, so it is a
 * {@link TimeValue.TimeOfDay}; {@link ClockJoiner} joins it with a day next to it ("10 p.m. Tuesday"). A stopwatch
 * reading ("3:07:35") is not a clock time. Built once; thread-safe.
 */
final class ClockRules {
    private static final String ZONE = "(?:\\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|local\\s+time|"
            + "\\([A-Z]{2,4}\\)))?";
    private static final String MERIDIEM = "(?<ap>[ap]\\.\\s?m\\.|[AP]\\.\\s?M\\.|[ap]m|[AP]M)(?![A-Za-z])";

    List<TimeRule> rules() {
        return List.of(
                rule("iso-date-time", "(?<![0-9-])(?<y>[12][0-9]{3})-(?<mo>[01][0-9])-(?<d>[0-3][0-9])(?:T|\\s+)"
                        + "(?<h>[01][0-9]|2[0-3]):(?<mi>[0-5][0-9])(?::[0-5][0-9](?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?(?![0-9])",
                        this::isoDateTime),
                rule("clock-12h", "(?<![0-9:.,])(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5][0-9]))?\\s*" + MERIDIEM + ZONE,
                        this::clock),
                rule("clock-24h", "(?<![0-9:.,$€£])(?<h>[01]?[0-9]|2[0-3])[:h](?<mi>[0-5][0-9])(?![0-9]|:[0-9]|\\.[0-9]|,[0-9])"
                        + "(?:\\s*(?:hrs|hours|h)(?![A-Za-z]))?" + ZONE, this::clock),
                rule("clock-word", "(?<![A-Za-z-])(?<w>noon|midnight|midday|Noon|Midnight|Midday)(?![A-Za-z-])" + ZONE,
                        this::clockWord));
    }

    private static TimeRule rule(String name, String regex, TimeRule.Resolver resolver) {
        return new TimeRule(name, Pattern.compile(regex), false, resolver);
    }

    private Optional<TimeValue> isoDateTime(MatchResult m, TimeRule.Context c) {
        return PublicationAnchor.date(num(m, "y"), num(m, "mo"), num(m, "d"))
                .map(d -> new TimeValue.DateTime(d, LocalTime.of(num(m, "h"), num(m, "mi"))));
    }

    private Optional<TimeValue> clock(MatchResult m, TimeRule.Context c) {
        int hour = num(m, "h");
        int minute = m.group("mi") == null ? 0 : num(m, "mi");
        String ap = m.namedGroups().containsKey("ap") ? m.group("ap") : null;
        if (ap != null) {
            boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return Optional.of(new TimeValue.TimeOfDay(LocalTime.of(hour, minute)));
    }

    private Optional<TimeValue> clockWord(MatchResult m, TimeRule.Context c) {
        boolean midnight = m.group("w").toLowerCase(Locale.ROOT).equals("midnight");
        return Optional.of(new TimeValue.TimeOfDay(midnight ? LocalTime.MIDNIGHT : LocalTime.NOON));
    }

    private static int num(MatchResult m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
