package org.newsgraph.pipeline.place;

import java.util.Objects;

/**
 * A place the gazetteer knows.
 *
 * @param name       its name in the gazetteer
 * @param kind       a country or a city
 * @param country    the ISO 3166-1 alpha-2 code of its country (its own for a country)
 * @param countryIso3 the alpha-3 code of that country, empty where the JDK knows none
 * @param countryName the English name of that country
 * @param lat        latitude in degrees (a country: its capital, else its largest listed city, else 0)
 * @param lon        longitude in degrees
 * @param population inhabitants per GeoNames (a country: the sum over its listed cities)
 */
public record Place(String name, Kind kind, String country, String countryIso3, String countryName, double lat, double lon,
                    long population) {
    /** What kind of place. */
    public enum Kind { COUNTRY, CITY }

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(countryIso3, "countryIso3");
        Objects.requireNonNull(countryName, "countryName");
    }
}
