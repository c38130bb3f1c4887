package org.newsgraph.server.catalog;

import java.time.LocalDate;

/**
 * Events on one day, for the timeline chart.
 *
 * @param day           the day
 * @param byEventDate   events whose own date is this day
 * @param byFirstReport events without a known date whose earliest dated article was published this day
 */
public record DayCount(LocalDate day, int byEventDate, int byFirstReport) {
    public int total() {
        return byEventDate + byFirstReport;
    }
}
