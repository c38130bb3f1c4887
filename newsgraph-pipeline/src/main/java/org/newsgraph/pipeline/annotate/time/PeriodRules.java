package org.newsgraph.pipeline.annotate.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newsgraph.model.TimeValue;

/**
 * Rules for calendar periods other than days, months and years, and for the general present, past and future:
 * "this week", "last week", "the second quarter", "the latest quarter", "Q3 2023", "last summer", "the 1990s", "the 20th century",
 * "fiscal 2013", "this fiscal year", the second year of "2009-2010" and "1957-58", "now", "currently", "in the
 * past", "recently", "in the future". Periods named relative to the publication date ("this week", "the second
 * quarter" without a year, "last summer") are left out when the article is undated. Built once; thread-safe.
 */
final class PeriodRules {
    private static final String YEAR = "(?<y>1[89][0-9]{2}|20[0-9]{2})(?![0-9])";

    List<TimeRule> rules() {
        return List.of(
                rule("week", "(?<![A-Za-z])(?<t>(?:(?:earlier|later|Earlier|Later)\\s+)?(?:[Tt]he\\s+)?(?<rel>this|last|next|past|"
                        + "previous|coming|This|Last|Next|Past)\\s+week)(?![A-Za-z])", this::week),
                rule("quarter", "(?<![A-Za-z])(?<t>(?:[Tt]he\\s+)?(?<ord>first|second|third|fourth|final|last|current|previous|"
                        + "next|this|1st|2nd|3rd|4th|First|Second|Third|Fourth|Final|Last|This)[\\s-]+(?:(?:fiscal|financial|calendar)\\s+)?"
                        + "quarter(?:\\s+(?:of\\s+)?(?:(?:fiscal|financial)\\s+)?" + YEAR + ")?)(?![A-Za-z])", this::quarter),
                rule("quarter-anaphoric", "(?<![A-Za-z])(?<t>[Tt]he\\s+(?:(?:latest|most\\s+recent|just-ended|recent)\\s+)?"
                        + "(?:(?:fiscal|financial)\\s+)?quarter)(?![A-Za-z-])", this::anaphoricQuarter),
                rule("quarter-code", "(?<![A-Za-z0-9])(?<t>(?:FY)?Q(?<q>[1-4])(?:\\s*(?:FY)?\\s*" + YEAR + "|\\s*'?(?<yy>[0-9]{2})(?![0-9]))?)"
                        + "(?![A-Za-z0-9])", this::quarterCode),
                rule("season", "(?<![A-Za-z])(?<t>(?:(?<rel>last|this|next|past|coming|Last|This|Next)\\s+|(?:[Tt]he\\s+)"
                        + "(?:(?:early|late)\\s+)?)?(?:(?:early|late|Early|Late)\\s+)?(?<s>spring|summer|autumn|fall|winter|Spring|Summer|"
                        + "Autumn|Winter)(?:\\s+(?:of\\s+)?" + YEAR + ")?)(?![A-Za-z])", this::season),
                rule("decade", "(?<![A-Za-z0-9])(?<t>(?:[Tt]he\\s+)?(?:(?:early|mid|late|Early|Mid|Late)-?\\s*)?(?:(?<d>1[0-9]{2}0|20[0-9]0)|"
                        + "['’](?<dd>[0-9]0))['’]?s)(?![A-Za-z])", this::decade),
                rule("century", "(?<![A-Za-z0-9])(?<t>(?:[Tt]he\\s+)?(?:(?:early|mid|late|Early|Mid|Late)-?\\s*)?(?<n>[0-9]{1,2})"
                        + "(?:st|nd|rd|th)[\\s-]+[Cc]entury)(?![A-Za-z])", this::century),
                rule("fiscal-year", "(?<![A-Za-z])(?<t>(?:[Ff]iscal|[Ff]inancial)\\s+(?:year\\s+)?" + YEAR + "|FY\\s?(?:"
                        + YEAR.replace("<y>", "<y2>") + "|(?<yy>[0-9]{2})(?![0-9])))", this::fiscalYear),
                rule("relative-fiscal-year", "(?<![A-Za-z])(?<t>(?<rel>this|last|next|This|Last|Next|[Tt]he\\s+current)\\s+"
                        + "(?:fiscal|financial)\\s+year)(?![A-Za-z])", this::relativeFiscalYear),
                rule("year-range-end", "(?<=(?:^|[^0-9])(?:1[89]|20)[0-9]{2}[-–/])(?<t>(?:1[89]|20)[0-9]{2}|[0-9]{2})(?![0-9]|%|-[0-9])",
                        this::yearRangeEnd),
                rule("general-ref", "(?<![A-Za-z-])(?<t>(?<present>[Rr]ight\\s+now|[Nn]ow|[Cc]urrently|[Pp]resently|[Nn]owadays|"
                        + "(?<=[Aa]t\\s)present|[Tt]hese\\s+days|(?<=[Aa]t\\s)the\\s+moment)|"
                        + "(?<past>(?<=[Ii]n\\s)the\\s+past(?!\\s+(?:[A-Za-z0-9]+\\s+){0,2}(?:quarter|week|month|year|day|decade|centur))|"
                        + "[Rr]ecently)|(?<future>(?<=\\b(?:[Ii]n|[Ii]nto|[Ff]or|[Aa]bout)\\s)the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future))"
                        + "(?![A-Za-z-])", this::deictic));
    }

    private static TimeRule rule(String name, String regex, TimeRule.Resolver resolver) {
        return new TimeRule(name, Pattern.compile(regex), false, resolver);
    }

    private Optional<TimeValue> week(MatchResult m, TimeRule.Context c) {
        if (!c.anchor().dated()) {
            return Optional.empty();
        }
        int offset = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        LocalDate day = c.anchor().published().plusWeeks(offset);
        return Optional.of(new TimeValue.Week(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    private Optional<TimeValue> quarter(MatchResult m, TimeRule.Context c) {
        String ord = m.group("ord").toLowerCase(Locale.ROOT);
        int stated = switch (ord) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th", "final" -> 4;
            default -> 0;
        };
        if (m.group("y") != null) {
            return stated == 0 ? Optional.empty() : Optional.of(new TimeValue.Quarter(num(m, "y"), stated));
        }
        if (!c.anchor().dated()) {
            return Optional.empty();
        }
        LocalDate published = c.anchor().published();
        int year = published.getYear();
        int current = published.get(IsoFields.QUARTER_OF_YEAR);
        if (stated == 0) {
            int offset = switch (ord) {
                case "last", "previous" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            int index = year * 4 + current - 1 + offset;
            return Optional.of(new TimeValue.Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1));
        }
        if (c.tense() == Tense.FUTURE) {
            return Optional.of(new TimeValue.Quarter(stated < current ? year + 1 : year, stated));
        }
        return Optional.of(new TimeValue.Quarter(stated > current ? year - 1 : year, stated));
    }

    /** "the quarter", "the latest quarter" in a report: the last quarter finished before publication. */
    private Optional<TimeValue> anaphoricQuarter(MatchResult m, TimeRule.Context c) {
        if (!c.anchor().dated()) {
            return Optional.empty();
        }
        LocalDate published = c.anchor().published();
        int index = published.getYear() * 4 + published.get(IsoFields.QUARTER_OF_YEAR) - 1 - (c.tense() == Tense.FUTURE ? 0 : 1);
        return Optional.of(new TimeValue.Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1));
    }

    private Optional<TimeValue> quarterCode(MatchResult m, TimeRule.Context c) {
        int q = num(m, "q");
        if (m.group("y") != null) {
            return Optional.of(new TimeValue.Quarter(num(m, "y"), q));
        }
        if (m.group("yy") != null) {
            return fullYear(num(m, "yy"), c).map(y -> new TimeValue.Quarter(y, q));
        }
        if (!c.anchor().dated()) {
            return Optional.empty();
        }
        LocalDate published = c.anchor().published();
        int current = published.get(IsoFields.QUARTER_OF_YEAR);
        return Optional.of(new TimeValue.Quarter(q > current && c.tense() != Tense.FUTURE ? published.getYear() - 1
                : published.getYear(), q));
    }

    private Optional<TimeValue> season(MatchResult m, TimeRule.Context c) {
        String name = m.group("s").toLowerCase(Locale.ROOT);
        TimeValue.SeasonOfYear season = switch (name) {
            case "spring" -> TimeValue.SeasonOfYear.SPRING;
            case "summer" -> TimeValue.SeasonOfYear.SUMMER;
            case "winter" -> TimeValue.SeasonOfYear.WINTER;
            default -> TimeValue.SeasonOfYear.AUTUMN;
        };
        String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
        if (m.group("y") != null) {
            return Optional.of(new TimeValue.Season(num(m, "y"), season));
        }
        boolean bare = rel == null && !m.group("t").toLowerCase(Locale.ROOT).startsWith("the");
        if (!c.anchor().dated() || bare || name.equals("fall") && rel == null) {
            return Optional.empty();
        }
        LocalDate published = c.anchor().published();
        // the season (by its year, winter counted in the year of its December) that the publication day falls in
        int startMonth = 3 + 3 * season.ordinal();
        LocalDate thisOne = LocalDate.of(published.getYear(), startMonth, 1);
        if (season == TimeValue.SeasonOfYear.WINTER && published.getMonthValue() <= 2) {
            thisOne = thisOne.minusYears(1);
        }
        boolean inIt = !published.isBefore(thisOne) && published.isBefore(thisOne.plusMonths(3));
        LocalDate chosen;
        if ("last".equals(rel) || "past".equals(rel)) {
            chosen = thisOne.isBefore(published) && !inIt ? thisOne : thisOne.minusYears(1);
        } else if ("next".equals(rel) || "coming".equals(rel)) {
            chosen = thisOne.isAfter(published) ? thisOne : thisOne.plusYears(1);
        } else if ("this".equals(rel) || inIt) {
            chosen = thisOne;
        } else if (c.tense() == Tense.FUTURE) {
            chosen = thisOne.isAfter(published) ? thisOne : thisOne.plusYears(1);
        } else {
            chosen = thisOne.isBefore(published) ? thisOne : thisOne.minusYears(1);
        }
        return Optional.of(new TimeValue.Season(chosen.getYear(), season));
    }

    private Optional<TimeValue> decade(MatchResult m, TimeRule.Context c) {
        if (m.group("d") != null) {
            return Optional.of(new TimeValue.Decade(num(m, "d")));
        }
        // "the '90s": the latest such decade that has begun by publication
        if (!c.anchor().dated()) {
            return Optional.empty();
        }
        int dd = num(m, "dd");
        int pubYear = c.anchor().published().getYear();
        int century = dd <= pubYear % 100 ? pubYear - pubYear % 100 : pubYear - pubYear % 100 - 100;
        return Optional.of(new TimeValue.Decade(century + dd));
    }

    private Optional<TimeValue> century(MatchResult m, TimeRule.Context c) {
        int n = num(m, "n");
        return n < 1 || n > 22 ? Optional.empty() : Optional.of(new TimeValue.Century(n));
    }

    private Optional<TimeValue> fiscalYear(MatchResult m, TimeRule.Context c) {
        if (m.group("y") != null || m.group("y2") != null) {
            return Optional.of(new TimeValue.Year(num(m, m.group("y") != null ? "y" : "y2")));
        }
        return fullYear(num(m, "yy"), c).map(TimeValue.Year::new);
    }

    /** A year written with two digits ("FY13", "Q3 '98"): the one nearest publication; empty when undated. */
    private static Optional<Integer> fullYear(int twoDigits, TimeRule.Context c) {
        if (!c.anchor().dated()) {
            return Optional.empty();
        }
        int pubYear = c.anchor().published().getYear();
        int best = pubYear - pubYear % 100 + twoDigits;
        for (int candidate : new int[] {best - 100, best + 100}) {
            if (Math.abs(candidate - pubYear) < Math.abs(best - pubYear)) {
                best = candidate;
            }
        }
        return Optional.of(best);
    }

    private Optional<TimeValue> relativeFiscalYear(MatchResult m, TimeRule.Context c) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        return c.anchor().yearOffset(rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
    }

    private Optional<TimeValue> yearRangeEnd(MatchResult m, TimeRule.Context c) {
        int at = m.start("t");
        String before = c.text().substring(Math.max(0, at - 5), at - 1);
        int first = Integer.parseInt(before.substring(before.length() - 4));
        String end = m.group("t");
        int last = end.length() == 2 ? first - first % 100 + Integer.parseInt(end) : Integer.parseInt(end);
        if (end.length() == 2 && last <= first) {
            last += 100;
        }
        return last > first && last - first <= 30 ? Optional.of(new TimeValue.Year(last)) : Optional.empty();
    }

    private Optional<TimeValue> deictic(MatchResult m, TimeRule.Context c) {
        TimeValue.Direction direction = m.group("present") != null ? TimeValue.Direction.PRESENT
                : m.group("past") != null ? TimeValue.Direction.PAST : TimeValue.Direction.FUTURE;
        return Optional.of(new TimeValue.Deictic(direction));
    }

    private static int num(MatchResult m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
