package org.newsgraph.export;

import java.util.Objects;

/**
 * Where a named place is, as a gazetteer gives it.
 *
 * @param name    the place's name in the gazetteer
 * @param lat     latitude, degrees
 * @param lon     longitude, degrees
 * @param country whether the place is a whole country (else a city or town)
 */
public record GeoPoint(String name, double lat, double lon, boolean country) {
    public GeoPoint {
        Objects.requireNonNull(name, "name");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
    }
}
