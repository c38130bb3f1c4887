package org.newsgraph.pipeline.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

/**
 * Finds time expressions with the patterns of {@link TimeRules} and normalises them against the publication
 * date: "on Tuesday" in a past-tense sentence is the latest Tuesday on or before publication, in a future-tense
 * one the first on or after; "January 3" takes the year that fits the tense. Without a publication date a
 * weekday stays {@link TimeValue.UnresolvedWeekday}, a month-day {@link TimeValue.UnresolvedMonthDay}, and
 * expressions that only the publication date could fix ("yesterday", "last month", "this week") are left out.
 * Nothing is ever resolved against today. Besides days, months and years it finds lengths of time
 * ({@link DurationRules}: "three years" is a {@link TimeValue.Duration}, never a date), clock times and parts of
 * days ({@link ClockRules}, {@link ClockJoiner}: "10 p.m. Tuesday", "Friday afternoon"), and weeks, quarters,
 * seasons, decades, centuries and the general present, past and future ({@link PeriodRules}: "now").
 *
 * <p>Overlapping candidates are settled longest first, so "Monday, March 20, 2023" is one expression. Relative
 * expressions ("three years later") take the latest absolute value found before them. Immutable and
 * thread-safe; any text, including {@code null}, gives a list (possibly empty) and never an exception.
 */
public final class RuleTimeTagger implements TimeTagger {
    private final List<TimeRule> rules;
    private final TenseGuesser tenses;
    private final CalendarWords words;
    private final ClockJoiner clocks;

    /** The English rules shipped with the project. */
    public RuleTimeTagger() {
        this(CalendarWords.english());
    }

    RuleTimeTagger(CalendarWords words) {
        this.words = words;
        List<TimeRule> all = new ArrayList<>(new TimeRules(words).rules());
        all.addAll(new PeriodRules().rules());
        all.addAll(new DurationRules(words).rules());
        all.addAll(new ClockRules().rules());
        this.rules = List.copyOf(all);
        this.tenses = new TenseGuesser();
        this.clocks = new ClockJoiner();
    }

    @Override
    public List<Timex> tag(String text, LocalDate published) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        PublicationAnchor anchor = new PublicationAnchor(published);
        List<Timex> chosen = choose(candidates(text, anchor, false, List.of()), text.length());
        List<Timex> all = new ArrayList<>(chosen);
        all.addAll(candidates(text, anchor, true, chosen));
        return List.copyOf(clocks.join(text, choose(all, text.length())));
    }

    private List<Timex> candidates(String text, PublicationAnchor anchor, boolean relative, List<Timex> absolute) {
        List<Timex> found = new ArrayList<>();
        for (TimeRule rule : rules) {
            if (rule.needsReference() != relative) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                MatchResult match = m.toMatchResult();
                Span span = tagged(text, match);
                if (span.length() == 0) {
                    continue;
                }
                TimeRule.Context context = new TimeRule.Context(text, span, anchor, tenses.tenseAt(text, span),
                        reference(absolute, span), words);
                Optional<TimeValue> value = rule.resolver().resolve(match, context);
                value.ifPresent(v -> found.add(new Timex(span, v, rule.name())));
            }
        }
        return found;
    }

    /** The group {@code t} or the whole match, without an unbalanced closing parenthesis or trailing blanks. */
    private static Span tagged(String text, MatchResult match) {
        int start = match.start();
        int end = match.end();
        if (match.namedGroups().containsKey("t") && match.start("t") >= 0) {
            start = match.start("t");
            end = match.end("t");
        }
        String covered = text.substring(start, end);
        if (covered.endsWith(")") && covered.indexOf('(') < 0) {
            end--;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** Longest first, then rule order, then position; no two chosen spans overlap. */
    private static List<Timex> choose(List<Timex> candidates, int textLength) {
        List<Timex> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Timex t) -> -t.span().length()).thenComparing(Timex::span));
        java.util.BitSet taken = new java.util.BitSet(textLength);
        List<Timex> chosen = new ArrayList<>();
        for (Timex t : ordered) {
            if (taken.get(t.span().start(), t.span().end()).isEmpty()) {
                taken.set(t.span().start(), t.span().end());
                chosen.add(t);
            }
        }
        chosen.sort(Comparator.comparing(Timex::span));
        return chosen;
    }

    private static TimeValue reference(List<Timex> absolute, Span before) {
        TimeValue latest = null;
        for (Timex t : absolute) {
            if (t.span().end() <= before.start() && isAbsolute(t.value())) {
                latest = t.value();
            } else if (t.span().end() <= before.start() && t.value().day().isPresent()) {
                // "Tuesday evening ... the next day": the day of a part of a day or of a clock time
                latest = new TimeValue.Day(t.value().day().get());
            }
        }
        return latest;
    }

    private static boolean isAbsolute(TimeValue v) {
        return v instanceof TimeValue.Day || v instanceof TimeValue.Month || v instanceof TimeValue.Year
                || v instanceof TimeValue.Range;
    }
}
