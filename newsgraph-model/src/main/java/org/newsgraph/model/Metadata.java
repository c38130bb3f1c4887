package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What extraction learned about an article, each value with its provenance. A missing value means no evidence
 * was found: nothing is ever guessed.
 */
public record Metadata(Optional<Found<String>> title,
                       Optional<Found<String>> outlet,
                       Optional<Found<String>> dateline,
                       Optional<Found<LocalDate>> published) {
    public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Metadata {
        title = title == null ? Optional.empty() : title;
        outlet = outlet == null ? Optional.empty() : outlet;
        dateline = dateline == null ? Optional.empty() : dateline;
        published = published == null ? Optional.empty() : published;
    }

    public Optional<String> titleText() {
        return title.map(Found::value);
    }

    public Optional<String> outletName() {
        return outlet.map(Found::value);
    }

    public Optional<LocalDate> publishedDate() {
        return published.map(Found::value);
    }
}
