package org.newsgraph.pipeline.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

/**
 * A stand-in language layer for measuring the event coder alone: regex sentences, entity mentions from a given
 * list of entities with their surface forms (exact, longest first), quotations between paired marks, and a small
 * time tagger (weekdays, yesterday/today, "March 12, 2024", "12 March") anchored on the publication date when one
 * is given. Used by the event-coding tests on our example articles; not a production annotator.
 */
final class BenchmarkAnnotator {
    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?][\"”’]?(?=\\s+[\"“‘\\p{Lu}\\d]|\\s*$)|$)", Pattern.MULTILINE);
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|Yesterday|Today)\\b");
    private static final Pattern QUOTE = Pattern.compile("[“\"]([^“”\"\\n]{2,600})[”\"]");

    record Named(String id, EntityType type, List<String> surfaces) {
    }

    static AnnotatedArticle annotate(Article article, List<Named> named, LocalDate published) {
        String text = article.text();
        return new AnnotatedArticle(article, sentences(text), mentions(text, named), entities(named), quotes(text),
                timexes(text, published));
    }

    static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                out.add(new Span(start, end));
            }
        }
        return out;
    }

    private static List<Entity> entities(List<Named> named) {
        return named.stream().map(n -> new Entity(n.id(), n.id(), n.type(), n.surfaces(), null, List.of())).toList();
    }

    private static List<Mention> mentions(String text, List<Named> named) {
        record Candidate(Span span, Named entity) {
        }
        List<Candidate> all = new ArrayList<>();
        for (Named n : named) {
            for (String surface : n.surfaces()) {
                if (surface.isBlank()) {
                    continue;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (m.find()) {
                    all.add(new Candidate(new Span(m.start(), m.end()), n));
                }
            }
        }
        all.sort(Comparator.comparingInt((Candidate c) -> -c.span().length()).thenComparing(Candidate::span));
        List<Mention> chosen = new ArrayList<>();
        for (Candidate c : all) {
            if (chosen.stream().noneMatch(m -> m.span().overlaps(c.span()))) {
                chosen.add(new Mention(c.span(), c.entity().type(), MentionKind.NAME, c.entity().id()));
            }
        }
        chosen.sort(Comparator.comparing(Mention::span));
        return chosen;
    }

    private static List<Quote> quotes(String text) {
        List<Quote> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            out.add(new Quote(new Span(m.start(1), m.end(1)), true, null, null, null, 0.5));
        }
        return out;
    }

    static List<Timex> timexes(String text, LocalDate published) {
        List<Timex> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(out, new Span(m.start(), m.end()), dated(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), published), "month-day");
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(out, new Span(m.start(), m.end()), dated(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), published), "day-month");
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            TimeValue value = published == null ? new TimeValue.UnresolvedWeekday(day) : new TimeValue.Day(lastOnOrBefore(published, day));
            add(out, new Span(m.start(), m.end()), value, "weekday");
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            if (published != null) {
                boolean yesterday = m.group(1).toLowerCase(Locale.ROOT).equals("yesterday");
                add(out, new Span(m.start(), m.end()), new TimeValue.Day(yesterday ? published.minusDays(1) : published), "relative");
            }
        }
        return out;
    }

    private static void add(List<Timex> out, Span span, TimeValue value, String rule) {
        if (value != null && out.stream().noneMatch(t -> t.span().overlaps(span))) {
            out.add(new Timex(span, value, rule));
        }
    }

    private static LocalDate lastOnOrBefore(LocalDate published, DayOfWeek day) {
        LocalDate d = published;
        while (d.getDayOfWeek() != day) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static Month month(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(key.substring(0, 3))) {
                return month;
            }
        }
        return null;
    }

    private static TimeValue dated(Month month, int day, String year, LocalDate published) {
        if (month == null || day < 1 || day > month.maxLength()) {
            return null;
        }
        if (year != null) {
            int y = Integer.parseInt(year);
            return day <= month.length(java.time.Year.isLeap(y)) ? new TimeValue.Day(LocalDate.of(y, month, day)) : null;
        }
        if (published == null) {
            return new TimeValue.UnresolvedMonthDay(MonthDay.of(month, day));
        }
        LocalDate candidate = LocalDate.of(published.getYear(), month, Math.min(day, month.length(published.isLeapYear())));
        if (candidate.isAfter(published.plusMonths(6))) {
            candidate = candidate.minusYears(1);
        }
        return new TimeValue.Day(candidate);
    }

    private BenchmarkAnnotator() {
    }

    static Map<String, EntityType> typeNames() {
        return Map.of("PERSON", EntityType.PERSON, "ORG", EntityType.ORG, "GPE", EntityType.GPE, "LOC", EntityType.LOC);
    }
}
