package org.newsgraph.eval.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.eval.gold.GoldArticle;
import org.newsgraph.eval.gold.GoldEntity;
import org.newsgraph.eval.gold.GoldEvent;
import org.newsgraph.eval.gold.GoldQuote;
import org.newsgraph.eval.gold.GoldSet;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quote;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Processed;

/**
 * What the system got wrong on a gold set, item by item, under the same matching rules as the scorers: the
 * answer to "why is this metric below 1". Used by {@code newsgraph eval --explain}. Pure function of its inputs;
 * thread-safe.
 */
public final class Misses {
    /** One miss: the metric it costs, the gold item (ids, names) and what the system had instead. */
    public record Miss(String metric, String item, String detail) {
    }

    private Misses() {
    }

    public static List<Miss> explain(GoldSet gold, SystemOutput system) {
        List<Miss> out = new ArrayList<>();
        dedup(gold, system, out);
        events(gold, system, out);
        entities(gold, system, out);
        quotes(gold, system, out);
        return List.copyOf(out);
    }

    private static void dedup(GoldSet gold, SystemOutput system, List<Miss> out) {
        Set<String> ids = new HashSet<>();
        gold.articles().forEach(a -> ids.add(a.id()));
        Set<List<String>> goldPairs = new TreeSet<>(Misses::comparePairs);
        gold.articles().stream().filter(a -> a.nearDuplicateOf() != null)
                .forEach(a -> goldPairs.add(pair(a.id(), a.nearDuplicateOf())));
        Set<List<String>> sysPairs = new TreeSet<>(Misses::comparePairs);
        for (Processed p : system.articles().values()) {
            String of = p.duplicate().duplicateOf();
            if (of != null && ids.contains(p.article().id()) && ids.contains(of) && !of.equals(p.article().id())) {
                sysPairs.add(pair(p.article().id(), of));
            }
        }
        for (List<String> pair : sysPairs) {
            if (!goldPairs.contains(pair)) {
                out.add(new Miss("dedup.precision", String.join("~", pair), "called copies; gold does not"));
            }
        }
        for (List<String> pair : goldPairs) {
            if (!sysPairs.contains(pair)) {
                out.add(new Miss("dedup.recall", String.join("~", pair), "gold copies; system does not say so"));
            }
        }
    }

    private static void events(GoldSet gold, SystemOutput system, List<Miss> out) {
        Map<String, String> goldEvent = new HashMap<>();
        for (GoldArticle a : gold.articles()) {
            if (a.event() != null) {
                goldEvent.put(a.id(), a.event());
            }
        }
        Map<String, String> sysEvent = system.eventOfArticle();
        Map<String, Event> byId = new HashMap<>();
        system.events().forEach(e -> byId.put(e.id(), e));
        Map<String, GoldEntity> entityByName = new HashMap<>();
        gold.entities().forEach(e -> entityByName.put(EventScorer.key(e.canonical()), e));
        for (GoldEvent g : gold.events()) {
            Map<String, List<String>> split = new TreeMap<>();
            goldEvent.forEach((article, event) -> {
                if (event.equals(g.id())) {
                    split.computeIfAbsent(sysEvent.getOrDefault(article, "(none)"), k -> new ArrayList<>()).add(article);
                }
            });
            split.values().forEach(l -> l.sort(String::compareTo));
            if (split.size() > 1) {
                out.add(new Miss("events.bcubed_recall", g.id(), "split over system events " + split));
            }
            for (String sys : split.keySet()) {
                List<String> others = new ArrayList<>();
                sysEvent.forEach((article, e) -> {
                    if (e.equals(sys) && !g.id().equals(goldEvent.get(article))) {
                        others.add(article + "(" + goldEvent.getOrDefault(article, "-") + ")");
                    }
                });
                if (!others.isEmpty()) {
                    others.sort(String::compareTo);
                    out.add(new Miss("events.bcubed_precision", g.id(), sys + " also holds " + others));
                }
            }
            Optional<Event> matched = EventScorer.majority(g.id(), goldEvent, sysEvent).map(byId::get);
            String name = g.id();
            TimeValue date = matched.map(Event::date).orElse(null);
            Optional<LocalDate> day = Optional.ofNullable(date).flatMap(TimeValue::day);
            if (g.date() != null && g.dateResolvable() && !day.equals(Optional.of(g.date()))) {
                out.add(new Miss("events.date_accuracy", name, "gold " + g.date() + ", system " + date));
            } else if (!(g.date() != null && g.dateResolvable()) && day.isPresent() && !day.get().equals(g.date())) {
                out.add(new Miss("events.invented_dates", name, "gold not resolvable, system " + day.get()));
            }
            String type = matched.map(Event::type).orElse(null);
            if (g.type() != null && !TypeMatch.matches(type, g.type(), g.cameo())) {
                out.add(new Miss("events.type_accuracy", name, "gold " + g.type() + "/" + g.cameo() + ", system " + type));
            }
            List<String> actors = matched.map(Event::actors).orElse(List.of());
            for (String actor : g.actors()) {
                List<String> names = new ArrayList<>(List.of(actor));
                GoldEntity entity = entityByName.get(EventScorer.key(actor));
                if (entity != null) {
                    names.addAll(entity.aliases());
                }
                Set<String> surfaces = matched.map(e -> actorSurfaces(e, system)).orElse(Set.of());
                if (names.stream().map(EventScorer::key).noneMatch(surfaces::contains)) {
                    out.add(new Miss("events.actor_recall", name, "missing " + actor + "; system actors " + actors));
                }
            }
            String place = matched.map(Event::place).orElse(null);
            if (g.location() != null && !EventScorer.placeMatches(place, g.location())) {
                out.add(new Miss("events.location_accuracy", name, "gold " + g.location() + ", system " + place));
            }
        }
    }

    private static Set<String> actorSurfaces(Event event, SystemOutput system) {
        return EventScorer.actorSurfaces(event, system);
    }

    private static void entities(GoldSet gold, SystemOutput system, List<Miss> out) {
        for (GoldEntity g : gold.entities()) {
            Map<String, Set<String>> surfaces = EntityScorer.surfaces(g, system);
            Set<String> goldAliases = new TreeSet<>();
            g.aliases().forEach(a -> goldAliases.add(TextMatch.normalize(a)));
            String best = EntityScorer.best(surfaces, goldAliases);
            if (best == null) {
                out.add(new Miss("entities.recall", g.canonical(), "no system entity carries any alias " + goldAliases));
                continue;
            }
            Set<String> missing = new TreeSet<>(goldAliases);
            missing.removeAll(surfaces.get(best));
            if (!missing.isEmpty()) {
                out.add(new Miss("entities.alias_recall", g.canonical(), "entity " + best + " lacks " + missing));
            }
        }
    }

    private static void quotes(GoldSet gold, SystemOutput system, List<Miss> out) {
        for (GoldQuote g : gold.quotes()) {
            Processed p = system.articles().get(g.article());
            if (p == null) {
                continue;
            }
            Optional<Quote> match = QuoteScorer.match(g, p);
            String item = g.article() + " \"" + abbreviate(g.text()) + "\"";
            if (match.isEmpty()) {
                out.add(new Miss("quotes.recall", item, "not found"));
            } else if (g.speaker() != null && !QuoteScorer.speakerMatches(match.get(), p, g.speaker(), gold)) {
                String speaker = match.get().speakerId();
                for (Entity e : p.annotated().entities()) {
                    if (e.id().equals(speaker)) {
                        speaker = e.canonical();
                    }
                }
                out.add(new Miss("quotes.speaker_accuracy", item, "gold " + g.speaker() + ", system " + speaker
                        + (match.get().cue() == null ? "" : " (cue " + match.get().cue() + ")")));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static List<String> pair(String a, String b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    private static int comparePairs(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }
}
