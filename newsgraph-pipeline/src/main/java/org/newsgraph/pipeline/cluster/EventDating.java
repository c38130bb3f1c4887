package org.newsgraph.pipeline.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.TimeValue;

/**
 * How an event's date was consolidated from its articles, for the record: the date, on what basis, and what every
 * article said, so that a disagreement between outlets stays visible next to the chosen day.
 *
 * @param date  the consolidated date: a day, an unresolved weekday, or {@code null}
 * @param basis how it was chosen
 * @param votes what each article gave, in article order; articles that give nothing are left out
 */
public record EventDating(TimeValue date, Basis basis, List<Vote> votes) {
    public EventDating {
        Objects.requireNonNull(basis, "basis");
        votes = List.copyOf(votes);
        if (date == null && basis != Basis.NONE || date != null && basis == Basis.NONE) {
            throw new IllegalArgumentException("a date needs a basis and no date needs none: " + date + " " + basis);
        }
    }

    /** How the date was chosen. */
    public enum Basis {
        /** the day most articles give (ties: the earlier), counting weekdays that agree with it */
        DAY_MOST_ARTICLES_GIVE,
        /** no article resolves a day; the weekday most of them give */
        UNRESOLVED_WEEKDAY,
        /** no article dates the event */
        NONE
    }

    /** How one article's date was counted. */
    public enum Counted {
        /** a resolved day, counted for itself */
        DAY,
        /** a weekday from an article without a publication date, counted for the day of a dated sibling with the
         * same weekday: the weekday agreement is the evidence */
        WEEKDAY_AGREES_WITH_SIBLING_DAY,
        /** a weekday no sibling's day shares: it stays unresolved */
        UNRESOLVED_WEEKDAY,
        /** a day too far from the article's publication to be its reported event (background or a plan) */
        IMPLAUSIBLE
    }

    /**
     * One article's date.
     *
     * @param articleId  the article
     * @param given      the date its main event gives (or the first date of its lead)
     * @param countedFor the day it was counted for, or {@code null}
     * @param counted    how it was counted
     */
    public record Vote(String articleId, TimeValue given, LocalDate countedFor, Counted counted) {
        public Vote {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(given, "given");
            Objects.requireNonNull(counted, "counted");
        }
    }

    /** The votes for another day than the chosen one: outlets that disagree. */
    public List<Vote> disagreeing() {
        return votes.stream().filter(v -> v.countedFor() != null && !new TimeValue.Day(v.countedFor()).equals(date)).toList();
    }
}
