package org.newsgraph.server.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.Outcome;
import org.newsgraph.server.catalog.EventFilter;
import org.newsgraph.server.http.QueryParams;

/**
 * Reads an {@link EventFilter} from query parameters: {@code q}, {@code entity}, {@code actor}, {@code type},
 * {@code from}, {@code to} (ISO dates), {@code place}, {@code outlet}, {@code minSources}, {@code story}. Returns
 * the filter or a {@link org.newsgraph.model.Problem} whose location names the bad parameter (bad date, from after
 * to, negative source count, over-long value, unknown parameter); it never throws. Stateless and thread-safe.
 */
public final class EventFilterParser {
    /** Longest accepted value of a text parameter. */
    public static final int MAX_TEXT = 500;
    private static final Set<String> FILTERS = Set.of("q", "entity", "actor", "type", "from", "to", "place", "outlet", "minSources", "story");
    private static final Set<String> PAGING = Set.of("offset", "limit");

    private EventFilterParser() {
    }

    /** Parses the filter; {@code extra} names further parameters the caller accepts (e.g. {@code format}). */
    public static Outcome<EventFilter> parse(QueryParams q, Set<String> extra) {
        Set<String> unknown = new TreeSet<>(q.names());
        unknown.removeAll(FILTERS);
        unknown.removeAll(PAGING);
        unknown.removeAll(extra);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            String location = name.isBlank() ? "(unnamed parameter)" : name;
            return Outcome.failed("unknown-parameter", "Unknown parameter '" + Paging.clip(name) + "'; accepted: "
                    + String.join(", ", new TreeSet<>(FILTERS)) + ", offset, limit" + (extra.isEmpty() ? "" : ", " + String.join(", ", new TreeSet<>(extra))) + ".", location);
        }
        for (String name : FILTERS) {
            if (q.first(name).map(String::length).orElse(0) > MAX_TEXT) {
                return Outcome.failed("too-long", "'" + name + "' is longer than " + MAX_TEXT + " characters.", name);
            }
        }
        Outcome<Optional<LocalDate>> from = date(q, "from");
        if (from instanceof Outcome.Failed<Optional<LocalDate>> f) {
            return new Outcome.Failed<>(f.problem());
        }
        Outcome<Optional<LocalDate>> to = date(q, "to");
        if (to instanceof Outcome.Failed<Optional<LocalDate>> f) {
            return new Outcome.Failed<>(f.problem());
        }
        LocalDate fromDay = ((Outcome.Ok<Optional<LocalDate>>) from).value().orElse(null);
        LocalDate toDay = ((Outcome.Ok<Optional<LocalDate>>) to).value().orElse(null);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            return Outcome.failed("empty-range", "'from' (" + fromDay + ") is after 'to' (" + toDay + ").", "from");
        }
        Outcome<Integer> min = Paging.number(q, "minSources", 0, 10_000, 0);
        if (min instanceof Outcome.Failed<Integer> f) {
            return new Outcome.Failed<>(f.problem());
        }
        return Outcome.ok(new EventFilter(q.first("q").orElse(null), q.first("entity").orElse(null), q.first("actor").orElse(null),
                q.first("type").orElse(null), fromDay, toDay, q.first("place").orElse(null), q.first("outlet").orElse(null),
                ((Outcome.Ok<Integer>) min).value(), q.first("story").orElse(null)));
    }

    /** An optional ISO date parameter (empty when absent). */
    private static Outcome<Optional<LocalDate>> date(QueryParams q, String name) {
        var raw = q.first(name);
        if (raw.isEmpty()) {
            return Outcome.ok(Optional.empty());
        }
        try {
            return Outcome.ok(Optional.of(LocalDate.parse(raw.get())));
        } catch (DateTimeParseException e) {
            return Outcome.failed("bad-date", "'" + name + "' must be a date like 2024-03-21, got '" + Paging.clip(raw.get()) + "'.", name);
        }
    }
}
