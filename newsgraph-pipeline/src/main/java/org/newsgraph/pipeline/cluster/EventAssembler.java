package org.newsgraph.pipeline.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Processed;

/**
 * Builds {@link Event} records from a {@link Clustering} and the processed articles it covers.
 * <ul>
 *   <li><b>date</b>: the resolved day most articles give for their main event (ties: the earlier day); without
 *       one, an unresolved weekday if the articles give one; else {@code null}. Publication dates are never used
 *       as event dates, so no date is invented.</li>
 *   <li><b>place</b>, <b>type</b>: the value most main event mentions give (ties: alphabetical).</li>
 *   <li><b>actors</b>: canonical names of the people, organisations and countries named in most articles'
 *       leads (at most {@value #MAX_ACTORS}); empty when the articles carry no entities.</li>
 *   <li><b>headline</b>: the title of the earliest published original article (ties: smallest id).</li>
 *   <li><b>outlets</b>: every outlet, sorted; <b>independentSources</b>: outlets (or, without an outlet, articles)
 *       with their own text, copies excluded.</li>
 * </ul>
 * Stateless and thread-safe. Articles absent from the clustering are ignored; events are returned sorted by id.
 */
public final class EventAssembler {
    private static final int MAX_ACTORS = 4;
    private static final int LEAD_CHARS = 1000;

    public List<Event> assemble(Clustering clustering, Collection<Processed> articles) {
        Map<String, List<Processed>> byEvent = new TreeMap<>();
        for (Processed p : articles) {
            String event = clustering.eventOfArticle().get(p.article().id());
            if (event != null) {
                byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(p);
            }
        }
        List<Event> out = new ArrayList<>();
        for (Map.Entry<String, List<Processed>> e : byEvent.entrySet()) {
            List<Processed> members = new ArrayList<>(e.getValue());
            members.sort(Comparator.comparing(p -> p.article().id()));
            out.add(new Event(e.getKey(), members.stream().map(p -> p.article().id()).toList(), date(members),
                    mostCommon(members, p -> main(p).map(EventMention::place)),
                    mostCommon(members, p -> main(p).map(EventMention::type)),
                    actors(members), headline(members), outlets(members), independentSources(members),
                    clustering.storyOfEvent().getOrDefault(e.getKey(), "st-" + e.getKey())));
        }
        return out;
    }

    private static Optional<EventMention> main(Processed p) {
        return p.events().stream().filter(EventMention::main).findFirst()
                .or(() -> p.events().stream().findFirst());
    }

    static TimeValue date(List<Processed> members) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        Map<java.time.DayOfWeek, Integer> weekdays = new TreeMap<>();
        for (Processed p : members) {
            TimeValue value = main(p).map(EventMention::date).orElse(null);
            if (value == null) {
                value = p.annotated().timexes().stream()
                        .filter(t -> t.span().start() < LEAD_CHARS)
                        .filter(t -> t.value() instanceof TimeValue.Day || t.value() instanceof TimeValue.UnresolvedWeekday)
                        .map(t -> t.value()).findFirst().orElse(null);
            }
            switch (value) {
                case TimeValue.Day d -> days.merge(d.date(), 1, Integer::sum);
                case TimeValue.Range r -> days.merge(r.first(), 1, Integer::sum);
                case TimeValue.UnresolvedWeekday w -> weekdays.merge(w.weekday(), 1, Integer::sum);
                case null, default -> {
                }
            }
        }
        Optional<LocalDate> day = best(days);
        if (day.isPresent()) {
            return new TimeValue.Day(day.get());
        }
        return best(weekdays).<TimeValue>map(TimeValue.UnresolvedWeekday::new).orElse(null);
    }

    /** The key with the highest count; ties go to the smallest key (maps are sorted). */
    private static <K> Optional<K> best(Map<K, Integer> counts) {
        K best = null;
        int most = 0;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    private static String mostCommon(List<Processed> members, Function<Processed, Optional<String>> value) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Processed p : members) {
            value.apply(p).ifPresent(v -> counts.merge(v, 1, Integer::sum));
        }
        return best(counts).orElse(null);
    }

    private static List<String> actors(List<Processed> members) {
        Map<String, Integer> articlesNaming = new TreeMap<>();
        Map<String, String> canonical = new HashMap<>();
        for (Processed p : members) {
            Map<String, Entity> entities = new HashMap<>();
            p.annotated().entities().forEach(en -> entities.put(en.id(), en));
            Set<String> seen = new HashSet<>();
            for (Mention m : p.annotated().mentions()) {
                Entity entity = entities.get(m.entityId());
                if (m.span().start() < LEAD_CHARS && entity != null && entity.type() != EntityType.LOC
                        && entity.type() != EntityType.MISC && seen.add(entity.id())) {
                    articlesNaming.merge(entity.id(), 1, Integer::sum);
                    canonical.putIfAbsent(entity.id(), entity.canonical());
                }
            }
        }
        return articlesNaming.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(MAX_ACTORS)
                .map(en -> canonical.get(en.getKey()))
                .toList();
    }

    private static String headline(List<Processed> members) {
        return members.stream()
                .filter(p -> !p.duplicate().isCopy())
                .filter(p -> p.article().metadata().titleText().isPresent())
                .min(Comparator.comparing((Processed p) -> p.article().metadata().publishedDate().orElse(LocalDate.MAX))
                        .thenComparing(p -> p.article().id()))
                .or(() -> members.stream().filter(p -> p.article().metadata().titleText().isPresent()).findFirst())
                .flatMap(p -> p.article().metadata().titleText())
                .orElse(null);
    }

    private static List<String> outlets(List<Processed> members) {
        Set<String> outlets = new TreeSet<>();
        members.forEach(p -> p.article().metadata().outletName().ifPresent(outlets::add));
        return List.copyOf(outlets);
    }

    private static int independentSources(List<Processed> members) {
        Set<String> sources = new HashSet<>();
        for (Processed p : members) {
            if (!p.duplicate().isCopy()) {
                sources.add(p.article().metadata().outletName().map(o -> "outlet:" + o).orElse("article:" + p.article().id()));
            }
        }
        return sources.size();
    }
}
