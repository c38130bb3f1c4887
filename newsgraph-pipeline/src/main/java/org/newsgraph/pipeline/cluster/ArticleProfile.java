package org.newsgraph.pipeline.cluster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What event clustering compares of one article.
 *
 * @param id          the article id
 * @param terms       content-word ids (of a {@link Vocabulary}), sorted ascending, distinct
 * @param termWeights {@code 1 + ln(tf)} for each of {@code terms}
 * @param actors      actor keys named anywhere (entity ids, or fallback name keys)
 * @param leadActors  actor keys named in the lead, in order of first mention
 * @param leadPersons the person keys among {@code leadActors}
 * @param persons     person keys named prominently anywhere (in full and again on their own)
 * @param eventDay    the day the main event happened, when an annotation resolves it and it lies within a week
 *                    before publication (or the day after); never guessed
 * @param published   the publication date, when known
 * @param place       the main event's place, when known
 * @param type        the main event's type, when known
 * @param embedding   unit vector of title and lead, or {@code null} without an embedder
 * @param keys        index keys under which the article can be found as a candidate
 * @param copyOf      the article it copies according to the deduplicator, or {@code null}
 * @param weekday     the weekday the main event is said to fall on ("on Tuesday") when no day is resolved, or
 *                    {@code null}
 */
record ArticleProfile(String id, int[] terms, float[] termWeights, Set<String> actors, List<String> leadActors,
                      Set<String> leadPersons, Set<String> persons, LocalDate eventDay, LocalDate published, String place, String type,
                      float[] embedding, Set<String> keys, String copyOf,
                      java.time.DayOfWeek weekday) {
    ArticleProfile {
        Objects.requireNonNull(id, "id");
        if (terms.length != termWeights.length) {
            throw new IllegalArgumentException("one weight per term");
        }
        actors = Set.copyOf(actors);
        leadActors = List.copyOf(leadActors);
        leadPersons = Set.copyOf(leadPersons);
        persons = Set.copyOf(persons);
        keys = Set.copyOf(keys);
    }

    /** The weekday of the event: of its resolved day, else the unresolved weekday; {@code null} when neither. */
    java.time.DayOfWeek eventWeekday() {
        return eventDay != null ? eventDay.getDayOfWeek() : weekday;
    }
}
