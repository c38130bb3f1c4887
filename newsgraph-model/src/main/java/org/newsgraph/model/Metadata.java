package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What extraction learned about an article, each value with its provenance: title, outlet, dateline, publication
 * date and language. A missing value means no evidence was found: nothing is ever guessed.
 */
public record Metadata(Optional<Found<String>> title,
                       Optional<Found<String>> outlet,
                       Optional<Found<String>> dateline,
                       Optional<Found<LocalDate>> published,
                       Optional<Found<String>> language) {
    public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Metadata {
        title = title == null ? Optional.empty() : title;
        outlet = outlet == null ? Optional.empty() : outlet;
        dateline = dateline == null ? Optional.empty() : dateline;
        published = published == null ? Optional.empty() : published;
        language = language == null ? Optional.empty() : language;
    }

    /** Metadata whose language has not been detected. */
    public Metadata(Optional<Found<String>> title, Optional<Found<String>> outlet, Optional<Found<String>> dateline,
                    Optional<Found<LocalDate>> published) {
        this(title, outlet, dateline, published, Optional.empty());
    }

    /** The same metadata with the article's detected language (an ISO 639-1 code, or {@code und}). */
    public Metadata withLanguage(Optional<Found<String>> detected) {
        return new Metadata(title, outlet, dateline, published, detected);
    }

    /** The detected language's ISO 639-1 code ({@code und}: not English, but not recognised), if detected. */
    public Optional<String> languageCode() {
        return language.map(Found::value);
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
