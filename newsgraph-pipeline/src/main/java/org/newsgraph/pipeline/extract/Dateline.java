package org.newsgraph.pipeline.extract;

import java.util.Optional;
import org.newsgraph.model.Span;

/**
 * A dateline at the head of a lead paragraph: "TEHRAN (Tasnim) –", "MOSCOW, March 20 (Reuters) -",
 * "Tehran (IP):", "TEHRAN -".
 *
 * @param place     the place, capitalised normally ("Tehran")
 * @param placeSpan where the place is written, in the original
 * @param agency    the agency tag as written ("Tasnim", "IP"), if any
 * @param agencySpan where the tag is written, or {@code null}
 */
public record Dateline(String place, Span placeSpan, Optional<String> agency, Span agencySpan) {
}
