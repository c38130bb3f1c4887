package org.newsgraph.eval.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.gold.GoldArticle;
import org.newsgraph.eval.gold.GoldEntity;
import org.newsgraph.eval.gold.GoldEvent;
import org.newsgraph.eval.gold.GoldSet;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Processed;

/**
 * Event metrics. Clustering: B³ and pairwise over gold articles (each article's gold event vs its system event).
 * For the field metrics each gold event is matched to the system event holding most of its articles (ties: the
 * smaller id). date_accuracy: over gold events with a date that is resolvable, the matched event's day equals
 * it. invented_dates: gold events without a resolvable date whose matched event gives a day other than the gold
 * date. type_accuracy: the matched event's type equals the gold type or the PLOVER category of the gold CAMEO
 * code ({@link TypeMatch}). actor_recall: share of gold (event, actor) pairs where the actor's canonical name or
 * one of its gold aliases is a surface form of one of the matched event's actors. location_accuracy: over gold
 * events with a location, the matched event's place equals the gold location or one of its comma/parenthesis
 * separated parts (case-insensitive). A field metric is null when the system fills that field for no event.
 */
public final class EventScorer {
    private EventScorer() {
    }

    public static EvalReport.Events score(GoldSet gold, SystemOutput system) {
        Map<String, String> goldEvent = new HashMap<>();
        for (GoldArticle a : gold.articles()) {
            if (a.event() != null) {
                goldEvent.put(a.id(), a.event());
            }
        }
        Map<String, String> sysEvent = system.eventOfArticle();
        ClusterScores scores = ClusterScores.of(goldEvent, sysEvent);
        Map<String, Event> byId = new HashMap<>();
        system.events().forEach(e -> byId.put(e.id(), e));

        int dated = 0, dateOk = 0, invented = 0, typed = 0, typeOk = 0, actors = 0, actorOk = 0, located = 0, locationOk = 0;
        boolean anyDate = system.events().stream().anyMatch(e -> e.date() != null);
        boolean anyType = system.events().stream().anyMatch(e -> e.type() != null);
        boolean anyActor = system.events().stream().anyMatch(e -> !e.actors().isEmpty());
        boolean anyPlace = system.events().stream().anyMatch(e -> e.place() != null);
        Map<String, GoldEntity> entityByName = new HashMap<>();
        gold.entities().forEach(e -> entityByName.put(key(e.canonical()), e));
        for (GoldEvent g : gold.events()) {
            Optional<Event> matched = majority(g.id(), goldEvent, sysEvent).map(byId::get);
            Optional<java.time.LocalDate> day = matched.map(Event::date).flatMap(TimeValue::day);
            if (g.date() != null && g.dateResolvable()) {
                dated++;
                if (day.isPresent() && day.get().equals(g.date())) {
                    dateOk++;
                }
            } else if (day.isPresent() && !day.get().equals(g.date())) {
                invented++;
            }
            if (g.type() != null) {
                typed++;
                if (matched.isPresent() && TypeMatch.matches(matched.get().type(), g.type(), g.cameo())) {
                    typeOk++;
                }
            }
            Set<String> surfaces = matched.map(e -> actorSurfaces(e, system)).orElse(Set.of());
            for (String actor : g.actors()) {
                actors++;
                List<String> names = new ArrayList<>(List.of(actor));
                GoldEntity entity = entityByName.get(key(actor));
                if (entity != null) {
                    names.addAll(entity.aliases());
                }
                if (names.stream().map(EventScorer::key).anyMatch(surfaces::contains)) {
                    actorOk++;
                }
            }
            if (g.location() != null) {
                located++;
                if (matched.isPresent() && placeMatches(matched.get().place(), g.location())) {
                    locationOk++;
                }
            }
        }
        return new EvalReport.Events(scores.precision(), scores.recall(), scores.f1(), scores.pairwiseF1(),
                anyDate ? ExtractionScorer.ratio(dateOk, dated) : null, invented,
                anyType ? ExtractionScorer.ratio(typeOk, typed) : null,
                anyActor ? ExtractionScorer.ratio(actorOk, actors) : null,
                anyPlace ? ExtractionScorer.ratio(locationOk, located) : null);
    }

    /** The system event holding most of the gold event's articles. */
    static Optional<String> majority(String goldId, Map<String, String> goldEvent, Map<String, String> sysEvent) {
        Map<String, Integer> votes = new TreeMap<>();
        goldEvent.forEach((article, event) -> {
            if (event.equals(goldId) && sysEvent.containsKey(article)) {
                votes.merge(sysEvent.get(article), 1, Integer::sum);
            }
        });
        return votes.entrySet().stream().max((a, b) -> a.getValue().equals(b.getValue())
                ? b.getKey().compareTo(a.getKey()) : Integer.compare(a.getValue(), b.getValue())).map(Map.Entry::getKey);
    }

    static Set<String> actorSurfaces(Event event, SystemOutput system) {
        Set<String> out = new HashSet<>();
        Set<String> actorKeys = new HashSet<>();
        event.actors().forEach(a -> {
            out.add(key(a));
            actorKeys.add(key(a));
        });
        for (String articleId : event.articleIds()) {
            Processed p = system.articles().get(articleId);
            if (p == null) {
                continue;
            }
            for (Entity e : p.annotated().entities()) {
                if (actorKeys.contains(key(e.canonical())) || actorKeys.contains(key(e.id()))) {
                    out.add(key(e.canonical()));
                    e.aliases().forEach(alias -> out.add(key(alias)));
                }
            }
        }
        return out;
    }

    static boolean placeMatches(String place, String gold) {
        if (place == null) {
            return false;
        }
        String p = key(place);
        if (p.equals(key(gold))) {
            return true;
        }
        for (String part : gold.split("[,;()]")) {
            if (!part.isBlank() && key(part).equals(p)) {
                return true;
            }
        }
        return false;
    }

    static String key(String s) {
        return TextMatch.normalize(s).toLowerCase(Locale.ROOT);
    }
}
