package org.newsgraph.pipeline.extract;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.model.Found;

/**
 * What an HTML page states about itself in its markup: title, site name, publication day, canonical URL. Each
 * value carries the rule (meta name, JSON-LD field) it came from; values from markup have no evidence span,
 * since markup is not part of the visible text.
 */
public record PageFacts(Optional<Found<String>> title, Optional<Found<String>> outlet,
                        Optional<Found<LocalDate>> published, Optional<String> canonicalUrl) {
    public static final PageFacts NONE = new PageFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
