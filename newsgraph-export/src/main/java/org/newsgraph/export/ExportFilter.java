package org.newsgraph.export;

import java.time.LocalDate;

/**
 * Which events to export. Null fields do not filter. Dates compare with the event's day (events without a day
 * are excluded when a date bound is set: their day is not known).
 *
 * @param since      first day, inclusive
 * @param until      last day, inclusive
 * @param type       PLOVER type, case-insensitive
 * @param actor      an actor whose canonical name or alias contains this text, case-insensitive
 * @param minSources at least this many independent sources
 */
public record ExportFilter(LocalDate since, LocalDate until, String type, String actor, int minSources) {
    public static final ExportFilter ALL = new ExportFilter(null, null, null, null, 0);

    public ExportFilter {
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("--until " + until + " is before --since " + since);
        }
        if (minSources < 0) {
            throw new IllegalArgumentException("minimum sources must not be negative");
        }
    }
}
