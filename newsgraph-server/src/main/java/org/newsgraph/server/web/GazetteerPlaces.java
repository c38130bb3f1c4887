package org.newsgraph.server.web;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.export.GeoPoint;
import org.newsgraph.export.PlaceLocator;

/**
 * The map's {@link Gazetteer} as the exports' {@link PlaceLocator}: the same coordinates on the map, in the CSV
 * download, in {@code newsgraph export}; a point is a country when it is one of the world map's countries.
 * Thread-safe.
 */
public final class GazetteerPlaces implements PlaceLocator {
    private final Set<String> countries = WorldMap.get().countries().stream().map(WorldMap.Country::name).collect(Collectors.toUnmodifiableSet());

    @Override
    public Optional<GeoPoint> locate(String place) {
        return Gazetteer.get().locate(place).map(p -> new GeoPoint(p.name(), p.lat(), p.lon(), countries.contains(p.name())));
    }
}
