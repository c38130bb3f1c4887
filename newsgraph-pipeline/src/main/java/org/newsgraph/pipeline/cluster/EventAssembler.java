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
 *   <li><b>date</b>: the resolved day most articles give for their main event (ties: the earlier day), ignoring
 *       days more than a week before an article's publication or after the day following it (background and
 *       plans, not the reported event); a weekday from an undated article counts for a sibling's day only when
 *       that day falls on the same weekday; without a day, an unresolved weekday if the articles give one; else
 *       {@code null}. Publication dates are never used as event dates here, so no date is invented; how each
 *       event was dated, disagreements included, is recorded by {@link #dating}.</li>
 *   <li><b>place</b>: the place most main event mentions give, a city counting its country's support too
 *       (see {@link #place}); <b>type</b>: the type most main event mentions give (ties: alphabetical).</li>
 *   <li><b>actors</b>: canonical names of the main event mentions' sources and targets, then of the people and
 *       organisations, then of the countries named in the leads (at most {@value #MAX_ACTORS}, see
 *       {@link #actors}); empty when the articles carry no entities.</li>
 *   <li><b>headline</b>: the title of the earliest published original article (ties: smallest id).</li>
 *   <li><b>outlets</b>: every outlet, sorted; <b>independentSources</b>: outlets (or, without an outlet, articles)
 *       with their own text, copies excluded.</li>
 * </ul>
 * Stateless and thread-safe. Articles absent from the clustering are ignored; events are returned sorted by id.
 */
public final class EventAssembler {
    private static final int MAX_ACTORS = 6;
    private static final int LEAD_CHARS = 1000;
    private static final int MAX_DAYS_BEFORE_PUBLICATION = 7;

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
                    place(members),
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
        return dating(members).date();
    }

    /**
     * How the event of {@code members} is dated, with what each article gave (see the class doc and
     * {@link EventDating}). A weekday from an article without a publication date stays unresolved unless a dated
     * sibling's resolved day falls on the same weekday: it then counts for that day (the day with most direct
     * support among such days, ties: the earlier), and the vote records the agreement. Thread-safe; members without
     * dates give {@link EventDating.Basis#NONE}.
     */
    public static EventDating dating(List<Processed> members) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        Map<String, TimeValue> given = new java.util.LinkedHashMap<>();
        List<EventDating.Vote> votes = new ArrayList<>();
        for (Processed p : members) {
            TimeValue value = main(p).map(EventMention::date).orElse(null);
            if (value == null) {
                value = p.annotated().timexes().stream()
                        .filter(t -> t.span().start() < LEAD_CHARS)
                        .map(t -> t.value().day().<TimeValue>map(TimeValue.Day::new).orElse(t.value()))
                        .filter(v -> v instanceof TimeValue.Day || v instanceof TimeValue.UnresolvedWeekday)
                        .findFirst().orElse(null);
            }
            if (value != null) {
                given.put(p.article().id(), value);
            }
            LocalDate published = p.article().metadata().publishedDate().orElse(null);
            LocalDate first = switch (value) {
                case TimeValue.Day d -> d.date();
                case TimeValue.Range r -> r.first();
                case null, default -> null;
            };
            if (first != null && plausible(first, published)) {
                days.merge(first, 1, Integer::sum);
                votes.add(new EventDating.Vote(p.article().id(), value, first, EventDating.Counted.DAY));
            } else if (first != null) {
                votes.add(new EventDating.Vote(p.article().id(), value, null, EventDating.Counted.IMPLAUSIBLE));
            }
        }
        Map<java.time.DayOfWeek, Integer> weekdays = new TreeMap<>();
        Map<LocalDate, Integer> direct = new TreeMap<>(days);
        for (Map.Entry<String, TimeValue> e : given.entrySet()) {
            if (!(e.getValue() instanceof TimeValue.UnresolvedWeekday w)) {
                continue;
            }
            Optional<LocalDate> sibling = best(filter(direct, d -> d.getDayOfWeek() == w.weekday()));
            if (sibling.isPresent()) {
                days.merge(sibling.get(), 1, Integer::sum);
                votes.add(new EventDating.Vote(e.getKey(), w, sibling.get(), EventDating.Counted.WEEKDAY_AGREES_WITH_SIBLING_DAY));
            } else {
                weekdays.merge(w.weekday(), 1, Integer::sum);
                votes.add(new EventDating.Vote(e.getKey(), w, null, EventDating.Counted.UNRESOLVED_WEEKDAY));
            }
        }
        Optional<LocalDate> day = best(days);
        if (day.isPresent()) {
            return new EventDating(new TimeValue.Day(day.get()), EventDating.Basis.DAY_MOST_ARTICLES_GIVE, votes);
        }
        return best(weekdays)
                .map(w -> new EventDating(new TimeValue.UnresolvedWeekday(w), EventDating.Basis.UNRESOLVED_WEEKDAY, votes))
                .orElseGet(() -> new EventDating(null, EventDating.Basis.NONE, votes));
    }

    private static Map<LocalDate, Integer> filter(Map<LocalDate, Integer> counts, java.util.function.Predicate<LocalDate> keep) {
        Map<LocalDate, Integer> out = new TreeMap<>();
        counts.forEach((k, v) -> {
            if (keep.test(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Whether a day can be the reported event of an article published on {@code published} (see the class doc). */
    private static boolean plausible(LocalDate day, LocalDate published) {
        return published == null || !day.isBefore(published.minusDays(MAX_DAYS_BEFORE_PUBLICATION)) && !day.isAfter(published.plusDays(1));
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

    /**
     * Actors by rank: who does what to whom in the main event mentions (and those listed together with them: "a
     * strike against Ford, General Motors, and Stellantis"), then the people and organisations the leads name or the
     * articles quote, then the countries; within a rank by the number of articles, then by the number of mentions,
     * then by the earliest mention, then by key. Name variants of one person across articles count as one actor
     * ({@link ActorKeys}); its longest canonical name is shown.
     */
    static List<String> actors(List<Processed> members) {
        Map<String, int[]> support = new HashMap<>();
        Map<String, Integer> mentioned = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        Map<String, String> canonical = new HashMap<>();
        for (Processed p : members) {
            Map<String, Entity> entities = new HashMap<>();
            p.annotated().entities().forEach(en -> entities.put(en.id(), en));
            Map<String, Integer> rankInArticle = new HashMap<>();
            for (EventMention m : p.events()) {
                if (m.main()) {
                    for (String id : coordinatedWithRoles(p, m)) {
                        Entity entity = entities.get(id);
                        if (entity != null && entity.type() != EntityType.LOC && entity.type() != EntityType.MISC) {
                            note(entity, 0, rankInArticle, canonical);
                        }
                    }
                }
            }
            for (org.newsgraph.model.Quote q : p.annotated().quotes()) {
                Entity speaker = q.speakerId() == null ? null : entities.get(q.speakerId());
                if (speaker != null && (speaker.type() == EntityType.PERSON || speaker.type() == EntityType.ORG)) {
                    note(speaker, 1, rankInArticle, canonical);
                }
            }
            for (Mention m : p.annotated().mentions()) {
                Entity entity = entities.get(m.entityId());
                if (entity != null) {
                    mentioned.merge(ActorKeys.key(entity), 1, Integer::sum);
                    firstAt.merge(ActorKeys.key(entity), m.span().start(), Math::min);
                }
                if (m.span().start() < LEAD_CHARS && entity != null) {
                    switch (entity.type()) {
                        case PERSON, ORG -> note(entity, 1, rankInArticle, canonical);
                        case GPE -> note(entity, 2, rankInArticle, canonical);
                        default -> {
                        }
                    }
                }
            }
            rankInArticle.forEach((key, rank) -> support.computeIfAbsent(key, k -> new int[3])[rank]++);
        }
        Comparator<Map.Entry<String, int[]>> byRank = Comparator.comparingInt(e -> bestRank(e.getValue()));
        return support.entrySet().stream()
                .sorted(byRank.thenComparing(e -> -e.getValue()[bestRank(e.getValue())])
                        .thenComparing(e -> -mentioned.getOrDefault(e.getKey(), 0))
                        .thenComparing(e -> firstAt.getOrDefault(e.getKey(), Integer.MAX_VALUE)).thenComparing(Map.Entry::getKey))
                .limit(MAX_ACTORS)
                .map(e -> canonical.get(e.getKey()))
                .toList();
    }

    /**
     * The entity ids of a main event mention's source and target, and of the mentions listed together with them in
     * its sentence ("a strike against Ford, General Motors, and Stellantis": all three are its targets).
     */
    private static List<String> coordinatedWithRoles(Processed p, EventMention m) {
        String text = p.article().text();
        List<Mention> inSentence = p.annotated().mentions().stream()
                .filter(x -> m.sentence().contains(x.span()) && x.span().end() <= text.length())
                .sorted(Comparator.comparing(Mention::span)).toList();
        List<String> out = new ArrayList<>();
        for (String id : java.util.Arrays.asList(m.sourceId(), m.targetId())) {
            if (id == null) {
                continue;
            }
            out.add(id);
            Optional<Mention> anchor = inSentence.stream().filter(x -> id.equals(x.entityId()))
                    .min(Comparator.comparingInt(x -> Math.abs(x.span().start() - m.trigger().start())));
            if (anchor.isEmpty()) {
                continue;
            }
            int at = inSentence.indexOf(anchor.get());
            for (int i = at + 1; i < inSentence.size() && listed(text, inSentence.get(i - 1), inSentence.get(i)); i++) {
                out.add(inSentence.get(i).entityId());
            }
            for (int i = at - 1; i >= 0 && listed(text, inSentence.get(i), inSentence.get(i + 1)); i--) {
                out.add(inSentence.get(i).entityId());
            }
        }
        return out;
    }

    /** Whether two mentions stand in one list: only a comma, "and", "or" or ", and" between them. */
    private static boolean listed(String text, Mention a, Mention b) {
        if (a.span().end() > b.span().start()) {
            return false;
        }
        String between = text.substring(a.span().end(), b.span().start()).strip().toLowerCase(java.util.Locale.ROOT);
        return between.equals(",") || between.equals("and") || between.equals("or") || between.equals(", and")
                || between.equals(", or");
    }

    private static void note(Entity entity, int rank, Map<String, Integer> rankInArticle, Map<String, String> canonical) {
        String key = ActorKeys.key(entity);
        rankInArticle.merge(key, rank, Math::min);
        canonical.merge(key, entity.canonical(), (a, b) -> b.length() > a.length() ? b : a);
    }

    private static int bestRank(int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                return i;
            }
        }
        return counts.length - 1;
    }

    /**
     * The place most main event mentions give, where a place counts also the support of the country it lies in
     * (an article that says "in Brazil" does not contradict one that says "in Rio de Janeiro"), so a city beats
     * its country; ties go to the place with a country (the more precise), then alphabetically.
     */
    static String place(List<Processed> members) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Entity> known = new HashMap<>();
        for (Processed p : members) {
            main(p).map(EventMention::place).ifPresent(place -> counts.merge(place, 1, Integer::sum));
            for (Entity e : p.annotated().entities()) {
                if (e.type() == EntityType.GPE || e.type() == EntityType.LOC) {
                    known.putIfAbsent(e.canonical().toLowerCase(java.util.Locale.ROOT), e);
                }
            }
        }
        Map<String, Integer> countryCounts = new HashMap<>();
        counts.forEach((place, n) -> {
            Entity e = known.get(place.toLowerCase(java.util.Locale.ROOT));
            if (e != null && isCountry(e)) {
                countryCounts.merge(e.country(), n, Integer::sum);
            }
        });
        String best = null;
        int most = 0;
        boolean bestInCountry = false;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            Entity e = known.get(c.getKey().toLowerCase(java.util.Locale.ROOT));
            boolean inCountry = e != null && !isCountry(e) && e.country() != null;
            int n = c.getValue() + (inCountry ? countryCounts.getOrDefault(e.country(), 0) : 0);
            if (n > most || n == most && inCountry && !bestInCountry) {
                best = c.getKey();
                most = n;
                bestInCountry = inCountry;
            }
        }
        return best;
    }

    private static boolean isCountry(Entity e) {
        return e.country() != null && e.id().equals("gpe:" + e.country());
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
