package org.newsgraph.pipeline.annotate.time;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newsgraph.model.TimeValue;

/**
 * Rules for lengths of time: "three years", "a decade", "the past two weeks", "almost seven years", "a four-week
 * closure", "90 days", "the next few months", "for years", "in recent weeks". A length says how long, never when:
 * the value is a {@link TimeValue.Duration} and nothing is anchored to the publication date. "Three years ago" is
 * a date (a longer rule of {@link TimeRules}) and wins over the length inside it. What recurs ("daily", "every
 * week", "four flights a week", "$5 million a year") is a {@link TimeValue.Recurrence}. Built once; thread-safe.
 */
final class DurationRules {
    private static final String UNIT = "(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))";
    private static final String VAGUE = "several|a\\s+few|few|many|some|Several|A\\s+few|Few|Many|Some";
    private static final String SPAN_OF = "(?:(?:[Tt]he\\s+)?(?:past|last|next|previous|coming|following|first|final|"
            + "preceding|ensuing|remaining)\\s+|[Tt]he\\s+)";
    private static final String HEDGE = "(?:(?:almost|nearly|about|around|roughly|approximately|more\\s+than|less\\s+than|"
            + "fewer\\s+than|at\\s+least|up\\s+to|just|only|a\\s+mere|some|barely|well\\s+over|over|under|"
            + "Almost|Nearly|About|Around|Roughly|More\\s+than|Less\\s+than|At\\s+least|Up\\s+to|Just|Only|Some|Over)\\s+)";
    /** A count of things measured in years, not a length: "five years old", "10-year-old". */
    private static final Pattern AGE_AFTER = Pattern.compile("^(?:[\\s-]+old|\\s+(?:and|or)\\s+(?:older|younger|over|under|up))\\b",
            Pattern.CASE_INSENSITIVE);

    /** "a", "an": "a week" may be a rate ("four flights a week") or an ordinal ("a second group"). */
    private static final Pattern INDEFINITE = Pattern.compile("[Aa]n?");
    /** A quantity or a plural noun right before "a week": a rate, not a length ("$5 million a year"). */
    private static final Pattern RATE_BEFORE = Pattern.compile("(?:[0-9][0-9,.]*%?|\\b(?:once|twice|times|hundred|thousand|million|billion|trillion|bn|"
            + "(?!(?:was|has|his|its|this|is|as|us|less|across|unless|thus|perhaps|always|plus|yes|does|takes|lasts|spends|"
            + "needs|gives|says|whereas|hours|days|weeks|months|years)\\b)[A-Za-z]+s))\\s+$", Pattern.CASE_INSENSITIVE);

    private final CalendarWords words;
    private final String number;

    DurationRules(CalendarWords words) {
        this.words = words;
        this.number = words.numberAlternation();
    }

    List<TimeRule> rules() {
        return List.of(
                rule("duration", "(?<![A-Za-z0-9/.,-])(?<t>" + SPAN_OF + "?" + HEDGE + "?(?:(?<n>" + number + ")|(?<vague>" + VAGUE
                        + "))\\s+(?:(?:more|full|straight|consecutive|long|additional|other|trading|business|working|calendar)\\s+)?" + UNIT
                        + ")(?![A-Za-z])",
                        this::counted),
                rule("duration-adjective", "(?<![A-Za-z0-9-])(?<t>(?<n>" + number + ")-(?<unit>second|minute|hour|day|week|month|"
                        + "year|decade|century))(?![A-Za-z]|-old|-long)", this::counted),
                rule("duration-long", "(?<![A-Za-z0-9-])(?<t>(?<n>" + number + ")-(?<unit>second|minute|hour|day|week|month|"
                        + "year|decade|century)-long)(?![A-Za-z])", this::counted),
                rule("duration-vague", "(?<![A-Za-z])(?:(?:[Ff]or|[Ff]or\\s+many|[Tt]akes?|[Tt]ook|[Ll]asted|[Ww]ithin|[Ii]n)\\s+)"
                        + "(?<t>(?<vague>recent\\s+)?(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries))"
                        + "(?![A-Za-z])", this::counted),
                rule("duration-period", "(?<![A-Za-z])(?<t>(?:[Tt]he\\s+)?(?:past|last|next|following|previous|coming|Past|Last|Next)"
                        + "\\s+(?<unit>decade|century))(?![A-Za-z])", this::counted),
                rule("recurrence", "(?<![A-Za-z])(?<t>(?:(?:every|each|Every|Each)\\s+(?<unit>hour|day|week|month|year)|"
                        + "(?<adverb>hourly|daily|weekly|monthly|annually|yearly|Hourly|Daily|Weekly|Monthly|Annually|Yearly)))"
                        + "(?![A-Za-z-])", this::recurrence),
                rule("duration-recent", "(?<![A-Za-z])(?<t>(?:[Tt]he\\s+)?(?<vague>[Rr]ecent|[Pp]ast|[Cc]oming)\\s+(?<unit>weeks|months|years|decades|days))"
                        + "(?![A-Za-z])", this::counted));
    }

    private static TimeRule rule(String name, String regex, TimeRule.Resolver resolver) {
        return new TimeRule(name, Pattern.compile(regex), false, resolver);
    }

    private Optional<TimeValue> counted(MatchResult m, TimeRule.Context c) {
        String after = c.text().substring(m.end(), Math.min(c.text().length(), m.end() + 12));
        if (AGE_AFTER.matcher(after).find()) {
            return Optional.empty();
        }
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String count = group(m, "n");
        if (count != null && INDEFINITE.matcher(count).matches()) {
            String before = c.text().substring(Math.max(0, m.start() - 30), m.start());
            if (unit.equals("second")) {
                return Optional.empty();
            }
            if (RATE_BEFORE.matcher(before).find()) {
                return recurrence(unit);
            }
        }
        boolean plural = unit.endsWith("s") || unit.endsWith("ies");
        // "several days", "for years": no amount; "the next decade": one
        OptionalInt amount = plural || group(m, "vague") != null ? OptionalInt.empty() : OptionalInt.of(1);
        if (group(m, "n") != null) {
            Optional<Integer> n = words.number(group(m, "n"));
            if (n.isEmpty() || n.get() > 1000) {
                return Optional.empty();
            }
            amount = OptionalInt.of(n.get());
        }
        if (unit.startsWith("decade")) {
            return Optional.of(new TimeValue.Duration(scaled(amount, 10), ChronoUnit.YEARS));
        }
        if (unit.startsWith("centur")) {
            return Optional.of(new TimeValue.Duration(scaled(amount, 100), ChronoUnit.YEARS));
        }
        ChronoUnit u = switch (unit.replaceAll("s$", "")) {
            case "second" -> ChronoUnit.SECONDS;
            case "minute" -> ChronoUnit.MINUTES;
            case "hour" -> ChronoUnit.HOURS;
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
        return Optional.of(new TimeValue.Duration(amount, u));
    }

    private Optional<TimeValue> recurrence(MatchResult m, TimeRule.Context c) {
        String adverb = group(m, "adverb");
        String unit = adverb == null ? m.group("unit").toLowerCase(Locale.ROOT) : switch (adverb.toLowerCase(Locale.ROOT)) {
            case "hourly" -> "hour";
            case "daily" -> "day";
            case "weekly" -> "week";
            case "monthly" -> "month";
            default -> "year";
        };
        return recurrence(unit);
    }

    /** "day", "week"... as a recurrence; empty for a unit too short or too long to recur in news ("every second"). */
    private static Optional<TimeValue> recurrence(String unit) {
        ChronoUnit every = switch (unit) {
            case "hour" -> ChronoUnit.HOURS;
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> null;
        };
        return every == null ? Optional.empty() : Optional.of(new TimeValue.Recurrence(every));
    }

    private static String group(MatchResult m, String name) {
        return m.namedGroups().containsKey(name) ? m.group(name) : null;
    }

    private static OptionalInt scaled(OptionalInt amount, int factor) {
        return amount.isPresent() ? OptionalInt.of(amount.getAsInt() * factor) : OptionalInt.empty();
    }
}
