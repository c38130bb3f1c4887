package org.newsgraph.pipeline.annotate.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newsgraph.model.TimeValue;

/**
 * The rule table of {@link RuleTimeTagger}: explicit dates in the common orders, ranges, months, years,
 * weekdays, "yesterday"/"today"/"tomorrow", "last month", "N years ago", "N years later" and "the next day".
 * Longer matches win over shorter ones when {@link RuleTimeTagger} picks among overlapping candidates, so
 * "Monday, March 20, 2023" is one expression. Built once; thread-safe.
 */
final class TimeRules {
    private static final String PART_OF_DAY = "(?:morning|afternoon|evening|night|noon|midday)";
    private static final String RANGE_LINK = "\\s*(?:-|–|—|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\band\\b)\\s*";
    /** A count, not a year: "2000 troops", "1500 people". */
    private static final Pattern COUNT_AFTER = Pattern.compile(
            "^\\s+(?:more\\s+|other\\s+|new\\s+|additional\\s+)?(?:people|persons|troops|soldiers|police|policemen|officers|"
                    + "workers|residents|voters|votes|cases|deaths|dead|units|cars|vehicles|homes|houses|jobs|employees|members|"
                    + "students|children|refugees|migrants|civilians|prisoners|fighters|tonnes|tons|metres|meters|km|"
                    + "kilometres|kilometers|miles|feet|barrels|shares|dollars|euros|pounds|points|acres|hectares|times|"
                    + "years|months|days|hours|minutes|words|pages|delegates|seats|participants|athletes|companies|"
                    + "families|patients|doctors|teachers|weapons|rockets|missiles|drones)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A number in a list or an address, not a year: "No. 1990", "Room 2010". */
    private static final Pattern NUMBER_BEFORE = Pattern.compile(
            "(?:\\b(?:No|Nos|Room|Flight|Route|Highway|Article|Resolution|page|pages|number|about|nearly|almost|some|"
                    + "over|under|than|around|approximately|roughly)\\.?|[0-9]\\s*(?:to|and|or|-)?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A year in a list or span of years ("between 1985 and 1987", "in 1990 and 1991"): the next one is a year too. */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?<![0-9])(?:1[89]|20)[0-9]{2},?\\s*(?:to|and|or|through|-|–)?\\s*$");

    private final CalendarWords words;
    private final String month;
    private final String weekday;
    private final String number;

    TimeRules(CalendarWords words) {
        this.words = words;
        this.month = words.monthAlternation();
        this.weekday = words.weekdayAlternation();
        this.number = words.numberAlternation();
    }

    List<TimeRule> rules() {
        return List.of(
                rule("iso-date", "(?<![0-9-])(?<y>[12][0-9]{3})-(?<m>[01][0-9])-(?<d>[0-3][0-9])(?![0-9])", false,
                        (m, c) -> PublicationAnchor.day(num(m, "y"), num(m, "m"), num(m, "d"))),
                rule("numeric-date", "(?<![0-9/.])(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/(?<y>[12][0-9]{3})(?![0-9/])", false,
                        (m, c) -> num(m, "a") > 12
                                ? PublicationAnchor.day(num(m, "y"), num(m, "b"), num(m, "a"))
                                : PublicationAnchor.day(num(m, "y"), num(m, "a"), num(m, "b"))),
                rule("month-day", weekdayPrefix() + month("m") + "\\s+" + day("d") + optionalYear("y") + "\\)?", false,
                        (m, c) -> date(m, c, "m", "d")),
                rule("day-month", weekdayPrefix() + "(?:the\\s+)?" + day("d") + "(?:\\s+of)?\\s+" + month("m")
                        + optionalYear("y") + "\\)?", false, (m, c) -> date(m, c, "m", "d")),
                rule("range-month-day", "(?<![A-Za-z])(?:(?<from>from|between|From|Between)\\s+)?" + month("m1") + "\\s+"
                        + day("d1") + RANGE_LINK + "(?:" + month("m2") + "\\s+)?" + day("d2") + optionalYear("y"), false,
                        this::range),
                rule("range-day-month", "(?<![A-Za-z0-9])(?:(?<from>from|between|From|Between)\\s+)?(?:the\\s+)?" + day("d1")
                        + "(?:\\s+(?:of\\s+)?" + month("m1") + ")?" + RANGE_LINK + "(?:the\\s+)?" + day("d2")
                        + "(?:\\s+of)?\\s+" + month("m2") + optionalYear("y"), false, this::range),
                rule("month-year", "(?<![A-Za-z])(?:(?:early|late|mid-?|Early|Late|Mid-?)\\s*)?" + month("m")
                        + "(?:\\s+of)?,?\\s+" + year("y"), false,
                        (m, c) -> words.month(m.group("m")).map(mo -> new TimeValue.Month(YearMonth.of(num(m, "y"), mo)))),
                rule("month", "(?<![A-Za-z])(?:(?<prep>in|In|since|Since|by|By|until|Until|till|from|From|of|through|during|"
                        + "During|before|Before|after|After|on|On)\\s+)?(?<t>(?:(?<mod>early|late|mid-?|Early|Late|Mid-?)\\s*)?"
                        + "(?:(?<rel>last|next|this|Last|Next|This)\\s+)?" + month("m") + ")(?![A-Za-z]|\\s*[0-9])", false,
                        this::month),
                rule("relative-month", "(?<![A-Za-z])(?:(?:early|earlier|late|later|Early|Earlier|Late|Later)\\s+)?"
                        + "(?<rel>last|this|next|Last|This|Next)\\s+month(?![A-Za-z])", false,
                        (m, c) -> c.anchor().monthOffset(offset(m.group("rel")))),
                rule("relative-year", "(?<![A-Za-z])(?:(?:early|earlier|late|later|Early|Earlier|Late|Later)\\s+)?"
                        + "(?<rel>last|this|next|Last|This|Next)\\s+year(?![A-Za-z])", false,
                        (m, c) -> c.anchor().yearOffset(offset(m.group("rel")))),
                rule("ago", "(?<![A-Za-z])(?:(?:just|almost|nearly|about|around|roughly|some|more\\s+than|less\\s+than|only|over|"
                        + "Just|Almost|Nearly|About|Around|Some|More\\s+than|Only)\\s+)?(?<n>" + number + ")\\s+(?<unit>years?|months?|days?)\\s+ago(?![A-Za-z])", false,
                        this::ago),
                rule("later", "(?<![A-Za-z])(?<n>" + number + ")\\s+(?<unit>years?|months?|days?)\\s+(?<dir>later|earlier|"
                        + "afterwards?|on)(?![A-Za-z])", true, this::later),
                rule("relative-year-after", "(?<![A-Za-z])[Tt]he\\s+(?<dir>following|previous|preceding)\\s+year(?![A-Za-z])", true,
                        this::relativeYear),
                rule("relative-day", "(?<![A-Za-z])(?:[Tt]he\\s+(?<dir>next|following|previous|preceding|same)|(?<that>[Tt]hat))"
                        + "\\s+day(?![A-Za-z])", true, this::relativeDay),
                rule("year", "(?<![0-9$€£.,/:#A-Za-z-])(?<t>(?:(?:early|late|mid-?|Early|Late|Mid-?)\\s*)?" + year("y")
                        + ")(?![0-9]|s\\b|['’]s\\b|%|,[0-9]|\\.[0-9]|-(?!(?:1[89]|20)[0-9]{2}(?![0-9])|[0-9]{2}(?![0-9]))[0-9])", false,
                        this::year),
                rule("weekday", "(?<![A-Za-z])(?<t>(?:(?<mod>late|early|Late|Early)\\s+(?:on\\s+)?)?(?:(?<rel>last|next|this|"
                        + "coming|past|Last|Next|This)\\s+)?" + weekday("w") + "(?:\\s+(?<part>" + PART_OF_DAY + "))?)", false,
                        this::weekday),
                rule("deictic", "(?<![A-Za-z])(?<t>(?<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)(?:\\s+(?<part>" + PART_OF_DAY
                        + "))?|(?<w2>[Tt]his|[Ll]ast)\\s+(?<part2>morning|afternoon|evening|night))(?![A-Za-z])", false,
                        this::deictic));
    }

    private static TimeRule rule(String name, String regex, boolean needsReference, TimeRule.Resolver resolver) {
        return new TimeRule(name, Pattern.compile(regex), needsReference, resolver);
    }

    private String weekdayPrefix() {
        return "(?<![A-Za-z0-9])(?:" + weekday("wd") + "(?:\\s+" + PART_OF_DAY + ")?(?:\\s*,\\s*|\\s*\\(\\s*|\\s+))?";
    }

    private String month(String group) {
        return "(?<" + group + ">" + month + ")";
    }

    private String weekday(String group) {
        return "(?<" + group + ">" + weekday + ")";
    }

    private static String day(String group) {
        return "(?<" + group + ">3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z:.,]?[0-9])";
    }

    private static String year(String group) {
        return "(?<" + group + ">1[89][0-9]{2}|20[0-9]{2})(?![0-9])";
    }

    private static String optionalYear(String group) {
        return "(?:,?\\s+" + year(group) + ")?";
    }

    private Optional<TimeValue> date(MatchResult m, TimeRule.Context c, String monthGroup, String dayGroup) {
        Optional<Month> mo = words.month(m.group(monthGroup));
        if (mo.isEmpty()) {
            return Optional.empty();
        }
        int d = num(m, dayGroup);
        if (m.group("y") != null) {
            return PublicationAnchor.day(num(m, "y"), mo.get().getValue(), d);
        }
        Optional<TimeValue> byTense = c.anchor().monthDay(mo.get().getValue(), d, c.tense());
        Optional<java.time.DayOfWeek> stated = words.weekday(m.group("wd"));
        if (stated.isEmpty() || !(byTense.orElse(null) instanceof TimeValue.Day guess)
                || guess.date().getDayOfWeek() == stated.get()) {
            return byTense;
        }
        // "Monday, March 20": the weekday picks the year when the tense guess disagrees with it
        for (int y : new int[] {guess.date().getYear() - 1, guess.date().getYear() + 1}) {
            Optional<LocalDate> other = PublicationAnchor.date(y, mo.get().getValue(), d);
            if (other.isPresent() && other.get().getDayOfWeek() == stated.get()) {
                return Optional.of(new TimeValue.Day(other.get()));
            }
        }
        return byTense;
    }

    private Optional<TimeValue> range(MatchResult m, TimeRule.Context c) {
        String link = c.text().substring(m.end("d1"), m.start("d2")).toLowerCase(Locale.ROOT);
        String from = m.group("from");
        if (link.contains("and") && (from == null || !from.equalsIgnoreCase("between"))) {
            return Optional.empty();
        }
        String firstMonth = m.group("m1") != null ? m.group("m1") : m.group("m2");
        String lastMonth = m.group("m2") != null ? m.group("m2") : m.group("m1");
        Optional<Month> m1 = words.month(firstMonth);
        Optional<Month> m2 = words.month(lastMonth);
        if (m1.isEmpty() || m2.isEmpty()) {
            return Optional.empty();
        }
        int d1 = num(m, "d1");
        int d2 = num(m, "d2");
        Optional<MonthDay> start = PublicationAnchor.monthDayOf(m1.get().getValue(), d1);
        if (start.isEmpty() || PublicationAnchor.monthDayOf(m2.get().getValue(), d2).isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> year = m.group("y") != null ? Optional.of(num(m, "y")) : c.anchor().yearFor(start.get(), c.tense());
        if (year.isEmpty()) {
            return Optional.of(new TimeValue.UnresolvedMonthDay(start.get()));
        }
        Optional<LocalDate> first = PublicationAnchor.date(year.get(), m1.get().getValue(), d1);
        Optional<LocalDate> last = PublicationAnchor.date(year.get(), m2.get().getValue(), d2);
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = last.get().isBefore(first.get()) ? last.get().plusYears(1) : last.get();
        if (end.isBefore(first.get()) || end.isAfter(first.get().plusDays(366))) {
            return Optional.empty();
        }
        return Optional.of(new TimeValue.Range(first.get(), end));
    }

    private Optional<TimeValue> month(MatchResult m, TimeRule.Context c) {
        String rel = lower(m.group("rel"));
        if (m.group("prep") == null && rel == null && m.group("mod") == null) {
            return Optional.empty();
        }
        Optional<Month> mo = words.month(m.group("m"));
        if (mo.isEmpty()) {
            return Optional.empty();
        }
        if ("this".equals(rel)) {
            return c.anchor().dated()
                    ? Optional.of(new TimeValue.Month(YearMonth.of(c.anchor().published().getYear(), mo.get())))
                    : Optional.empty();
        }
        return c.anchor().month(mo.get(), tense(rel, c), rel != null);
    }

    private Optional<TimeValue> ago(MatchResult m, TimeRule.Context c) {
        Optional<Integer> n = words.number(m.group("n"));
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String unit = m.group("unit");
        if (unit.startsWith("year")) {
            return c.anchor().yearOffset(-n.get());
        }
        return unit.startsWith("month") ? c.anchor().monthOffset(-n.get()) : c.anchor().dayOffset(-n.get());
    }

    private Optional<TimeValue> later(MatchResult m, TimeRule.Context c) {
        Optional<Integer> n = words.number(m.group("n"));
        TimeValue ref = c.reference();
        if (n.isEmpty() || ref == null) {
            return Optional.empty();
        }
        int sign = m.group("dir").equals("earlier") ? -1 : 1;
        int k = sign * n.get();
        String unit = m.group("unit");
        return switch (ref) {
            case TimeValue.Year y -> unit.startsWith("year") ? Optional.of(new TimeValue.Year(y.year() + k)) : Optional.empty();
            case TimeValue.Month mo -> unit.startsWith("year") ? Optional.of(new TimeValue.Year(mo.month().getYear() + k))
                    : unit.startsWith("month") ? Optional.of(new TimeValue.Month(mo.month().plusMonths(k))) : Optional.empty();
            case TimeValue.Day d -> unit.startsWith("year") ? Optional.of(new TimeValue.Year(d.date().getYear() + k))
                    : unit.startsWith("month") ? Optional.of(new TimeValue.Month(YearMonth.from(d.date()).plusMonths(k)))
                    : Optional.of(new TimeValue.Day(d.date().plusDays(k)));
            case TimeValue.Range r -> unit.startsWith("year") ? Optional.of(new TimeValue.Year(r.first().getYear() + k))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<TimeValue> relativeYear(MatchResult m, TimeRule.Context c) {
        int offset = m.group("dir").equals("following") ? 1 : -1;
        return switch (c.reference()) {
            case TimeValue.Year y -> Optional.of(new TimeValue.Year(y.year() + offset));
            case TimeValue.Month mo -> Optional.of(new TimeValue.Year(mo.month().getYear() + offset));
            case TimeValue.Day d -> Optional.of(new TimeValue.Year(d.date().getYear() + offset));
            case null, default -> Optional.empty();
        };
    }

    private Optional<TimeValue> relativeDay(MatchResult m, TimeRule.Context c) {
        if (!(c.reference() instanceof TimeValue.Day d)) {
            return Optional.empty();
        }
        String dir = m.group("dir") == null ? "same" : m.group("dir");
        int offset = switch (dir) {
            case "next", "following" -> 1;
            case "previous", "preceding" -> -1;
            default -> 0;
        };
        return Optional.of(new TimeValue.Day(d.date().plusDays(offset)));
    }

    private Optional<TimeValue> year(MatchResult m, TimeRule.Context c) {
        String before = c.text().substring(Math.max(0, m.start() - 20), m.start());
        String after = c.text().substring(m.end(), Math.min(c.text().length(), m.end() + 40));
        if (COUNT_AFTER.matcher(after).find()
                || NUMBER_BEFORE.matcher(before).find() && !YEAR_BEFORE.matcher(before).find()) {
            return Optional.empty();
        }
        return Optional.of(new TimeValue.Year(num(m, "y")));
    }

    private Optional<TimeValue> weekday(MatchResult m, TimeRule.Context c) {
        String rel = lower(m.group("rel"));
        return words.weekday(m.group("w"))
                .map(w -> c.anchor().weekday(w, tense(rel, c), "last".equals(rel) || "next".equals(rel) || "past".equals(rel)))
                .map(v -> withPartOfDay(v, m.group("part")));
    }

    private Optional<TimeValue> deictic(MatchResult m, TimeRule.Context c) {
        String w = lower(m.group("w") != null ? m.group("w") : m.group("w2"));
        Optional<TimeValue> day = switch (w) {
            case "yesterday", "last" -> c.anchor().dayOffset(-1);
            case "tomorrow" -> c.anchor().dayOffset(1);
            default -> c.anchor().dayOffset(0);
        };
        String part = m.group("part") != null ? m.group("part") : m.group("part2") != null ? m.group("part2")
                : "tonight".equals(w) ? "night" : null;
        return day.map(v -> withPartOfDay(v, part));
    }

    /** A resolved day with "morning", "evening"... is that part of the day; "noon" is 12:00; otherwise unchanged. */
    private static TimeValue withPartOfDay(TimeValue value, String part) {
        if (part == null || !(value instanceof TimeValue.Day d)) {
            return value;
        }
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> new TimeValue.DayPart(d.date(), TimeValue.PartOfDay.MORNING);
            case "afternoon" -> new TimeValue.DayPart(d.date(), TimeValue.PartOfDay.AFTERNOON);
            case "evening" -> new TimeValue.DayPart(d.date(), TimeValue.PartOfDay.EVENING);
            case "night" -> new TimeValue.DayPart(d.date(), TimeValue.PartOfDay.NIGHT);
            case "noon", "midday" -> new TimeValue.DateTime(d.date(), java.time.LocalTime.NOON);
            default -> value;
        };
    }

    private static Tense tense(String rel, TimeRule.Context c) {
        if (rel == null || rel.equals("this")) {
            return c.tense();
        }
        return rel.equals("next") || rel.equals("coming") ? Tense.FUTURE : Tense.PAST;
    }

    private static int offset(String rel) {
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static int num(MatchResult m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
