package org.newsgraph.export;

import java.util.Optional;

/** Looks a place name up in a gazetteer; empty for a place it does not know. Implementations are thread-safe. */
@FunctionalInterface
public interface PlaceLocator {
    /** Knows no place: exports leave coordinates empty. */
    PlaceLocator NONE = place -> Optional.empty();

    Optional<GeoPoint> locate(String place);
}
