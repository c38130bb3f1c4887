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
 * Place name → coordinates, for the map: the cities of {@code places.tsv} (name, latitude, longitude, other
 * names) and every country of the {@link WorldMap} at its rough centre. Lookups ignore case and a leading
 * "the"; a place it does not know gives an empty value. Loaded once; thread-safe.
 */
public final class Gazetteer {
    /** Where a place is. */
    public record Point(String name, double lat, double lon) {
    }

    private static final Gazetteer INSTANCE = load();
    private final Map<String, Point> points;

    private Gazetteer(Map<String, Point> points) {
        this.points = Map.copyOf(points);
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
        return Optional.ofNullable(p);
    }

    private static String key(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static Gazetteer load() {
        Map<String, Point> out = new HashMap<>();
        for (WorldMap.Country c : WorldMap.get().countries()) {
            Point p = new Point(c.name(), c.lat(), c.lon());
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
        return new Gazetteer(out);
    }
}
