package org.newsgraph.pipeline.extract;

import java.util.Optional;
import org.newsgraph.model.Span;

/**
 * A dateline at the head of a lead paragraph: "LISBON (Reuters) –", "NEW DELHI, April 4 (Xinhua) -",
 * "Baghdad (IP):", "ANKARA -".
 *
 * @param place     the place, capitalised normally ("Lisbon")
 * @param placeSpan where the place is written, in the original
 * @param agency    the agency tag as written ("Reuters", "IP"), if any
 * @param agencySpan where the tag is written, or {@code null}
 */
public record Dateline(String place, Span placeSpan, Optional<String> agency, Span agencySpan) {
}
