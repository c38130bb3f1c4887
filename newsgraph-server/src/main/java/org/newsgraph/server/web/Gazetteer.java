package org.newsgraph.server.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Place name → coordinates, for the map and the exports: the cities of {@code places.tsv} (name, latitude,
 * longitude, other names) and every country of the {@link WorldMap} at its rough centre; then every country and
 * city of the pipeline's {@link org.newsgraph.pipeline.place.Gazetteer} (ISO 3166-1 countries by English name and
 * code, drawn at the world map's centre of that country; GeoNames cities of at least 15,000 inhabitants). Lookups
 * ignore case and a leading "the"; a place it does not know gives an empty value. Loaded once; thread-safe.
 */
public final class Gazetteer {
    /** Where a place is. */
    public record Point(String name, double lat, double lon) {
    }

    private static final Gazetteer INSTANCE = load();
    private final Map<String, Point> points;
    private final Map<String, Point> countriesByIso3;

    private Gazetteer(Map<String, Point> points, Map<String, Point> countriesByIso3) {
        this.points = Map.copyOf(points);
        this.countriesByIso3 = Map.copyOf(countriesByIso3);
    }

    public static Gazetteer get() {
        return INSTANCE;
    }

    public Optional<Point> locate(String place) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        String key = key(place);
        Point p = points.get(key);
        if (p == null && key.contains(",")) {
            // "Aleppo, Syria": the most specific known part
            for (String part : key.split(",")) {
                p = points.get(key(part));
                if (p != null) {
                    break;
                }
            }
        }
        return Optional.ofNullable(p).or(() -> org.newsgraph.pipeline.place.Gazetteer.bundled().locate(place).map(this::point));
    }

    /** A gazetteer place as a map point: a country at the world map's centre of it where the map has it. */
    private Point point(org.newsgraph.pipeline.place.Place place) {
        if (place.kind() == org.newsgraph.pipeline.place.Place.Kind.COUNTRY) {
            Point centre = countriesByIso3.get(place.countryIso3());
            if (centre != null) {
                return centre;
            }
        }
        return new Point(place.name(), place.lat(), place.lon());
    }

    private static String key(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static Gazetteer load() {
        Map<String, Point> out = new HashMap<>();
        Map<String, Point> byIso3 = new HashMap<>();
        for (WorldMap.Country c : WorldMap.get().countries()) {
            Point p = new Point(c.name(), c.lat(), c.lon());
            byIso3.put(c.iso3(), p);
            out.put(key(c.name()), p);
            out.put(key(c.iso3()), p);
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream("places.tsv")) {
            if (in != null) {
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                            String[] f = l.split("\t");
                            if (f.length >= 3) {
                                try {
                                    Point p = new Point(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]));
                                    out.put(key(f[0]), p);
                                    if (f.length > 3) {
                                        for (String alias : f[3].split("\\|")) {
                                            out.putIfAbsent(key(alias), p);
                                        }
                                    }
                                } catch (NumberFormatException e) {
                                    // a malformed line of our own data file is skipped; WorldMapTest checks there is none
                                }
                            }
                        });
            }
        } catch (IOException e) {
            // without the file only countries are known
        }
        return new Gazetteer(out, byIso3);
    }
}
