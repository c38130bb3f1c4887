package org.newsgraph.pipeline.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

/**
 * Dates a main event that the lead announces as news of the day and that no time expression of its own dates.
 * News leads report a fresh, completed act in the present perfect ("Tesla has announced a recall", "the company has
 * completed its acquisition"): the act was announced on the day of the report. Two readings, in this order:
 * <ol>
 *   <li><b>statement day</b>: a day the article ties to the announcement itself ("said in a statement Friday", "a
 *       notice filed on Tuesday"), at most {@value #RECENT_DAYS} days before publication and not after it;</li>
 *   <li><b>publication day</b>: without one, the publication date, because the present perfect says the act is
 *       the news of that day.</li>
 * </ol>
 * Nothing is read without a publication date, nor for a trigger without a present perfect before it in its own
 * sentence, nor from words inside quotations. Each reading carries its evidence: the time expression, or the
 * present-perfect verb group ("has announced"). Stateless and thread-safe; sparse input gives an empty result.
 */
final class ReportingDay {
    /** How many days before publication a statement day may lie. */
    static final int RECENT_DAYS = 7;
    private static final Set<String> PERFECT_AUX = Set.of("has", "have");
    private static final Set<String> BETWEEN = Set.of("just", "now", "officially", "formally", "finally", "also", "already",
            "today", "since", "reportedly", "quietly", "publicly");
    /** Irregular past participles common in news leads. */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("made", "won", "held", "taken", "given", "begun", "sent",
            "struck", "put", "set", "cut", "shut", "brought", "sought", "thrown", "driven", "done", "gone", "met", "led",
            "paid", "told", "found", "chosen", "spoken", "broken", "fallen", "flown", "seen", "shot", "hit", "lost", "left",
            "sold", "bought", "built", "become", "come", "written", "overthrown", "withdrawn", "drawn", "laid");
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(statement|statements|said|says|announced|announces|announcement|notice|filing|filed|told|confirmed|release)\\b");
    /** How far around a time expression the reporting word may stand. */
    private static final int REACH = 30;

    /** How the day was read. */
    enum Basis {
        /** the day of the statement that announced the act */
        STATEMENT_DAY,
        /** the publication date of a present-perfect lead: the act is the news of that day */
        PUBLICATION_DAY
    }

    /**
     * A reading.
     *
     * @param day      the event day
     * @param evidence the words it was read from: a time expression or the present-perfect verb group
     * @param basis    how it was read
     */
    record Reading(TimeValue.Day day, Span evidence, Basis basis) {
    }

    private ReportingDay() {
    }

    /**
     * The day of the announced act whose trigger stands in {@code sentence}, or empty.
     *
     * @param tokens    the words of the trigger's sentence
     * @param trigger   the trigger
     * @param published the publication date, or null (then nothing is read)
     */
    static Optional<Reading> read(String text, List<Token> tokens, Span trigger, List<Timex> timexes, List<Quote> quotes,
                                  LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        Optional<Span> perfect = perfectBefore(text, tokens, trigger, quotes);
        if (perfect.isEmpty()) {
            return Optional.empty();
        }
        Optional<Timex> statement = timexes.stream()
                .filter(t -> t.span().end() <= text.length())
                .filter(t -> t.value() instanceof TimeValue.Day d && !d.date().isAfter(published)
                        && !d.date().isBefore(published.minusDays(RECENT_DAYS)))
                .filter(t -> quotes.stream().noneMatch(q -> q.span().overlaps(t.span())))
                .filter(t -> tiedToReporting(text, t.span()))
                .min(Comparator.comparingInt(t -> ActorRoles.distance(t.span(), trigger)));
        if (statement.isPresent()) {
            return Optional.of(new Reading((TimeValue.Day) statement.get().value(), statement.get().span(), Basis.STATEMENT_DAY));
        }
        return Optional.of(new Reading(new TimeValue.Day(published), perfect.get(), Basis.PUBLICATION_DAY));
    }

    /**
     * The present-perfect verb group ("has announced", "have just completed") before the trigger in its sentence,
     * outside quotations, or the trigger itself when it is the participle ("has recalled"); empty if none.
     */
    static Optional<Span> perfectBefore(String text, List<Token> tokens, Span trigger, List<Quote> quotes) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            Token aux = tokens.get(i);
            if (aux.span().start() >= trigger.end()) {
                break;
            }
            if (!PERFECT_AUX.contains(aux.lower()) || quotes.stream().anyMatch(q -> q.span().contains(aux.span()))) {
                continue;
            }
            int k = i + 1;
            while (k < tokens.size() - 1 && BETWEEN.contains(tokens.get(k).lower())) {
                k++;
            }
            Token verb = tokens.get(k);
            if (verb.span().start() <= trigger.end() && participle(verb.lower())) {
                return Optional.of(new Span(aux.span().start(), verb.span().end()));
            }
        }
        return Optional.empty();
    }

    /** Whether a reporting word stands close before or after the time expression ("said in a statement Friday"). */
    private static boolean tiedToReporting(String text, Span timex) {
        String before = text.substring(Math.max(0, timex.start() - REACH), timex.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(timex.end(), Math.min(text.length(), timex.end() + REACH)).toLowerCase(Locale.ROOT);
        int stop = after.indexOf('.');
        return REPORTING.matcher(before).find() || REPORTING.matcher(stop < 0 ? after : after.substring(0, stop)).find();
    }

    private static boolean participle(String word) {
        return word.length() > 3 && word.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(word);
    }
}
