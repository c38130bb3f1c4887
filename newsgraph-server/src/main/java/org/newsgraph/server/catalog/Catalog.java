package org.newsgraph.server.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.annotate.quotes.SharedQuotes;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.EventStore;

/**
 * An immutable in-memory view of a store for reading: built once with {@link #build}, then queried from any
 * number of threads. It holds summaries only (no article text); full articles are read from the store on demand.
 */
public final class Catalog {
    private final List<Event> events;
    private final Map<String, Event> eventById;
    private final Map<String, ArticleView> articles;
    private final Map<String, EntityView> entities;
    private final Map<String, Set<String>> entitiesByName;
    private final Map<String, Set<String>> entitiesOfArticle;
    private final List<QuoteView> quotes;
    private final Map<String, StoryView> stories;
    private final Map<String, LocalDate> firstReport;
    private final List<EntityView> entitiesByMentions;
    private final Map<String, List<QuoteView>> quotesBySpeaker = new HashMap<>();
    private final Map<String, List<QuoteView>> quotesByEvent = new HashMap<>();
    private final Map<String, List<QuoteView>> quotesByArticle = new HashMap<>();

    private Catalog(List<Event> events, Map<String, ArticleView> articles, Map<String, EntityView> entities,
                    Map<String, Set<String>> entitiesByName, Map<String, Set<String>> entitiesOfArticle, List<QuoteView> quotes) {
        this.events = List.copyOf(events);
        this.eventById = new HashMap<>();
        for (Event e : events) {
            eventById.put(e.id(), e);
        }
        this.articles = articles;
        this.entities = entities;
        this.entitiesByName = entitiesByName;
        this.entitiesOfArticle = entitiesOfArticle;
        this.quotes = List.copyOf(quotes);
        for (QuoteView q : this.quotes) {
            if (q.speakerId() != null) {
                quotesBySpeaker.computeIfAbsent(q.speakerId(), k -> new ArrayList<>()).add(q);
            }
            if (q.eventId() != null) {
                quotesByEvent.computeIfAbsent(q.eventId(), k -> new ArrayList<>()).add(q);
            }
            quotesByArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
        }
        this.entitiesByMentions = entities.values().stream().sorted(Comparator.comparingInt(EntityView::mentions).reversed()
                .thenComparing(EntityView::canonical)).toList();
        this.firstReport = new HashMap<>();
        for (Event e : events) {
            e.articleIds().stream().map(articles::get).filter(a -> a != null && a.published() != null)
                    .map(ArticleView::published).min(Comparator.naturalOrder()).ifPresent(d -> firstReport.put(e.id(), d));
        }
        Map<String, List<Event>> byStory = new LinkedHashMap<>();
        for (Event e : events) {
            byStory.computeIfAbsent(e.storyId() == null ? e.id() : e.storyId(), k -> new ArrayList<>()).add(e);
        }
        this.stories = new LinkedHashMap<>();
        byStory.forEach((id, list) -> {
            List<Event> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(this::sortDay, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::id));
            // named by its first event's headline, else the first headline among its events
            String name = sorted.stream().map(Event::headline).filter(h -> h != null && !h.isBlank()).findFirst().orElse(null);
            stories.put(id, new StoryView(id, name, sorted.stream().map(Event::id).toList()));
        });
    }

    /** An empty catalog (an empty store). */
    public static Catalog empty() {
        return new Catalog(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    /** Reads every event and article of the store once. Store failures propagate as the store's exception. */
    public static Catalog build(ArticleStore articleStore, EventStore eventStore) {
        List<ArticleDigest> digests = new ArrayList<>();
        articleStore.forEach(p -> digests.add(ArticleDigest.of(p)));
        return build(allEvents(eventStore), digests);
    }

    static List<Event> allEvents(EventStore eventStore) {
        return eventStore.events(0, Math.max(1, eventStore.eventCount()));
    }

    /** The catalog of these events over these article digests (in store order). */
    static Catalog build(List<Event> events, Collection<ArticleDigest> digests) {
        Map<String, String> eventOfArticle = new HashMap<>();
        for (Event e : events) {
            for (String a : e.articleIds()) {
                eventOfArticle.putIfAbsent(a, e.id());
            }
        }
        Map<String, ArticleView> articles = new LinkedHashMap<>();
        Map<String, EntityAccumulator> acc = new LinkedHashMap<>();
        Map<String, Set<String>> entitiesOfArticle = new HashMap<>();
        List<QuoteView> quotes = new ArrayList<>();
        for (ArticleDigest d : digests) {
            ArticleView v = d.view();
            String eventId = eventOfArticle.get(v.id());
            ArticleView view = new ArticleView(v.id(), v.title(), v.outlet(), v.published(), v.url(), v.duplicateOf(), v.copyKind(), eventId);
            articles.put(view.id(), view);
            collect(d, view, acc, entitiesOfArticle, quotes);
        }
        Map<String, Set<String>> eventsOfEntity = new HashMap<>();
        for (Event e : events) {
            for (String a : e.articleIds()) {
                for (String entity : entitiesOfArticle.getOrDefault(a, Set.of())) {
                    eventsOfEntity.computeIfAbsent(entity, k -> new LinkedHashSet<>()).add(e.id());
                }
            }
        }
        Map<String, Set<String>> byName = new HashMap<>();
        Map<String, EntityView> entities = new LinkedHashMap<>();
        acc.forEach((id, a) -> {
            EntityView v = a.view(eventsOfEntity.getOrDefault(id, Set.of()));
            entities.put(id, v);
            byName.computeIfAbsent(key(id), k -> new LinkedHashSet<>()).add(id);
            for (String alias : v.aliases()) {
                byName.computeIfAbsent(key(alias), k -> new LinkedHashSet<>()).add(id);
                byName.computeIfAbsent(looseKey(alias), k -> new LinkedHashSet<>()).add(id);
            }
        });
        // events naming an entity as actor count as its events too
        Map<String, EntityView> withActors = new LinkedHashMap<>();
        Map<String, Set<String>> actorEvents = new HashMap<>();
        for (Event e : events) {
            for (String actor : e.actors()) {
                for (String id : byName.getOrDefault(key(actor), Set.of())) {
                    actorEvents.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(e.id());
                }
            }
        }
        entities.forEach((id, v) -> {
            Set<String> ev = new LinkedHashSet<>(v.events());
            ev.addAll(actorEvents.getOrDefault(id, Set.of()));
            withActors.put(id, new EntityView(v.id(), v.canonical(), v.type(), v.aliases(), v.roles(), v.articles(), List.copyOf(ev), v.mentions()));
        });
        List<QuoteView> named = withOtherOutlets(quotes).stream().map(q -> q.speakerId() != null && q.speakerName() == null && withActors.containsKey(q.speakerId())
                ? new QuoteView(q.articleId(), q.outlet(), q.published(), q.eventId(), q.speakerId(), withActors.get(q.speakerId()).canonical(),
                q.text(), q.span(), q.direct(), q.cue(), q.alsoIn()) : q).toList();
        return new Catalog(events, articles, withActors, byName, entitiesOfArticle, named);
    }

    private static void collect(ArticleDigest d, ArticleView view, Map<String, EntityAccumulator> acc,
                                Map<String, Set<String>> entitiesOfArticle, List<QuoteView> quotes) {
        Set<String> local = new HashSet<>();
        for (Entity e : d.entities()) {
            local.add(e.id());
            acc.computeIfAbsent(e.id(), k -> new EntityAccumulator(e.id(), e.type())).add(e, view);
        }
        for (ArticleDigest.MentionSurface m : d.mentions()) {
            EntityAccumulator a = acc.get(m.entityId());
            if (a != null) {
                a.mention(m.surface());
            }
        }
        if (!local.isEmpty()) {
            entitiesOfArticle.put(view.id(), Set.copyOf(local));
        }
        for (QuoteView q : d.quotes()) {
            quotes.add(new QuoteView(q.articleId(), q.outlet(), q.published(), view.eventId(), q.speakerId(), q.speakerName(),
                    q.text(), q.span(), q.direct(), q.cue(), List.of()));
        }
    }

    /** Each quotation with the other articles that carry the same words ({@link SharedQuotes}). */
    static List<QuoteView> withOtherOutlets(List<QuoteView> quotes) {
        SharedQuotes shared = new SharedQuotes();
        for (QuoteView q : quotes) {
            shared.add(q.articleId(), q.span(), q.text());
        }
        return quotes.stream().map(q -> new QuoteView(q.articleId(), q.outlet(), q.published(), q.eventId(), q.speakerId(),
                q.speakerName(), q.text(), q.span(), q.direct(), q.cue(), shared.articlesCarrying(q.articleId(), q.span())))
                .toList();
    }

    /** Gathers one entity's evidence across articles. */
    private static final class EntityAccumulator {
        private final String id;
        private final EntityType type;
        private final Map<String, Integer> canonicals = new HashMap<>();
        private final Set<String> aliases = new TreeSet<>();
        private final Map<String, List<LocalDate>> roles = new TreeMap<>();
        private final Map<String, Integer> roleCounts = new HashMap<>();
        private final Set<String> articles = new LinkedHashSet<>();
        private int mentions;

        EntityAccumulator(String id, EntityType type) {
            this.id = id;
            this.type = type;
        }

        void add(Entity e, ArticleView article) {
            canonicals.merge(e.canonical(), 1, Integer::sum);
            aliases.add(e.canonical());
            aliases.addAll(e.aliases());
            for (String r : e.roles()) {
                roleCounts.merge(r, 1, Integer::sum);
                List<LocalDate> span = roles.computeIfAbsent(r, k -> new ArrayList<>(java.util.Arrays.asList(null, null)));
                LocalDate d = article.published();
                if (d != null) {
                    if (span.get(0) == null || d.isBefore(span.get(0))) {
                        span.set(0, d);
                    }
                    if (span.get(1) == null || d.isAfter(span.get(1))) {
                        span.set(1, d);
                    }
                }
            }
            if (articles.add(article.id())) {
                mentions++;
            }
        }

        void mention(String surface) {
            if (surface != null && !surface.isBlank()) {
                aliases.add(surface.strip().replaceAll("\\s+", " "));
            }
            mentions++;
        }

        EntityView view(Set<String> events) {
            String canonical = canonicals.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(id);
            List<EntityView.RoleSeen> seen = new ArrayList<>();
            roles.forEach((r, span) -> seen.add(new EntityView.RoleSeen(r, span.get(0), span.get(1), roleCounts.get(r))));
            seen.sort(Comparator.comparing(EntityView.RoleSeen::first, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(EntityView.RoleSeen::role));
            // the article count was added once per article; mentions counted beyond that are extra references
            return new EntityView(id, canonical, type, List.copyOf(aliases), seen, List.copyOf(articles), List.copyOf(events),
                    Math.max(mentions - articles.size(), articles.size()));
        }
    }

    /** Lower case with punctuation as spaces: "U.S." and "u s" meet. */
    static String looseKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private LocalDate sortDay(Event e) {
        return DayInterval.of(e.date()).map(DayInterval::first).orElse(null);
    }

    // ---- queries

    /** All events, newest date first (undated last), as the store orders them. */
    public List<Event> events() {
        return events;
    }

    public Optional<Event> event(String id) {
        return Optional.ofNullable(eventById.get(id));
    }

    public Optional<ArticleView> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    public Collection<ArticleView> articles() {
        return articles.values();
    }

    /** The earliest publication date among the event's articles, if any is dated. */
    public Optional<LocalDate> firstReport(String eventId) {
        return Optional.ofNullable(firstReport.get(eventId));
    }

    /** Entities by number of mentions, most first. */
    public List<EntityView> entities() {
        return entitiesByMentions;
    }

    public Optional<EntityView> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** Entity ids carrying this name or alias (case-insensitive), or with this id. */
    public Set<String> entitiesNamed(String name) {
        Set<String> out = new LinkedHashSet<>();
        if (entities.containsKey(name)) {
            out.add(name);
        }
        out.addAll(entitiesByName.getOrDefault(key(name), Set.of()));
        out.addAll(entitiesByName.getOrDefault(looseKey(name), Set.of()));
        return out;
    }

    /** Entities mentioned in an article. */
    public Set<String> entitiesOfArticle(String articleId) {
        return entitiesOfArticle.getOrDefault(articleId, Set.of());
    }

    /** Entities mentioned in any of the event's articles, by number of articles, most first. */
    public List<EntityView> entitiesOfEvent(String eventId) {
        Event e = eventById.get(eventId);
        if (e == null) {
            return List.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String a : e.articleIds()) {
            for (String id : entitiesOfArticle(a)) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(en -> entities.get(en.getKey())).toList();
    }

    /** Entities mentioned in the same articles as {@code entityId}, most shared articles first. */
    public List<Cooccurrence> cooccurring(String entityId, int limit) {
        EntityView e = entities.get(entityId);
        if (e == null) {
            return List.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String a : e.articles()) {
            for (String other : entitiesOfArticle(a)) {
                if (!other.equals(entityId)) {
                    counts.merge(other, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(0, limit))
                .map(en -> new Cooccurrence(en.getKey(), entities.get(en.getKey()).canonical(), en.getValue())).toList();
    }

    /** Every quote, in ingest order. */
    public List<QuoteView> quotes() {
        return quotes;
    }

    public List<QuoteView> quotesBy(String speakerId) {
        return List.copyOf(quotesBySpeaker.getOrDefault(speakerId, List.of()));
    }

    public List<QuoteView> quotesOfEvent(String eventId) {
        return List.copyOf(quotesByEvent.getOrDefault(eventId, List.of()));
    }

    public List<QuoteView> quotesOfArticle(String articleId) {
        return List.copyOf(quotesByArticle.getOrDefault(articleId, List.of()));
    }

    public List<StoryView> stories() {
        return List.copyOf(stories.values());
    }

    public Optional<StoryView> story(String id) {
        return Optional.ofNullable(stories.get(id));
    }

    /** Events per day: by their own date where known, else by the day of their first dated report. */
    public List<DayCount> eventsPerDay() {
        Map<LocalDate, int[]> days = new TreeMap<>();
        for (Event e : events) {
            Optional<LocalDate> own = e.date() == null ? Optional.empty() : e.date().day();
            if (own.isPresent()) {
                days.computeIfAbsent(own.get(), k -> new int[2])[0]++;
            } else if (DayInterval.of(e.date()).isEmpty() && firstReport.containsKey(e.id())) {
                days.computeIfAbsent(firstReport.get(e.id()), k -> new int[2])[1]++;
            }
        }
        List<DayCount> out = new ArrayList<>();
        days.forEach((d, c) -> out.add(new DayCount(d, c[0], c[1])));
        return out;
    }

    /** The actors named in most events; where events name no actors, the entities in most events. */
    public List<RankedName> topActors(int limit) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        for (Event e : events) {
            for (String actor : new LinkedHashSet<>(e.actors())) {
                counts.merge(key(actor), 1, Integer::sum);
                display.putIfAbsent(key(actor), actor);
            }
        }
        if (counts.isEmpty()) {
            return entities.values().stream().filter(v -> !v.events().isEmpty() && v.type() != EntityType.MISC)
                    .sorted(Comparator.comparingInt((EntityView v) -> v.events().size()).reversed().thenComparing(EntityView::canonical))
                    .limit(limit).map(v -> new RankedName(v.id(), v.canonical(), v.events().size())).toList();
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(en -> new RankedName(entitiesByName.getOrDefault(en.getKey(), Set.of()).stream().findFirst().orElse(null),
                        display.get(en.getKey()), en.getValue())).toList();
    }

    /**
     * Events matching a filter, in {@link #events()} order.
     *
     * @param fullTextArticles ids of the articles the full-text search found for {@link EventFilter#text()}
     *                         (ignored when the filter has no text)
     */
    public List<Event> events(EventFilter f, Set<String> fullTextArticles) {
        if (!f.isRestrictive()) {
            return events;
        }
        Set<String> entityIds = f.entity() == null ? null : entitiesNamed(f.entity());
        return events.stream().filter(e -> matches(e, f, entityIds, fullTextArticles)).toList();
    }

    private boolean matches(Event e, EventFilter f, Set<String> entityIds, Set<String> fullText) {
        if (f.minSources() > 0 && e.independentSources() < f.minSources()) {
            return false;
        }
        if (f.story() != null && !f.story().equals(e.storyId())) {
            return false;
        }
        if (f.type() != null && (e.type() == null || !e.type().equalsIgnoreCase(f.type()))) {
            return false;
        }
        if (f.place() != null && (e.place() == null || !containsAllWords(e.place(), f.place()))) {
            return false;
        }
        if (f.outlet() != null && e.outlets().stream().noneMatch(o -> o.equalsIgnoreCase(f.outlet()))) {
            return false;
        }
        if (f.from() != null || f.to() != null) {
            Optional<DayInterval> days = DayInterval.of(e.date());
            if (days.isEmpty() || !days.get().meets(f.from(), f.to())) {
                return false;
            }
        }
        if (f.actor() != null) {
            Set<String> ids = entitiesNamed(f.actor());
            boolean named = e.actors().stream().anyMatch(a -> key(a).equals(key(f.actor())) || ids.stream()
                    .anyMatch(id -> entitiesNamed(a).contains(id)));
            if (!named) {
                return false;
            }
        }
        if (entityIds != null && e.articleIds().stream().noneMatch(a -> entitiesOfArticle(a).stream().anyMatch(entityIds::contains))) {
            return false;
        }
        if (f.text() != null) {
            String haystack = String.join(" ", nullToEmpty(e.headline()), String.join(" ", e.actors()), nullToEmpty(e.place()),
                    nullToEmpty(e.type()), String.join(" ", e.outlets()));
            return containsAllWords(haystack, f.text()) || e.articleIds().stream().anyMatch(fullText::contains);
        }
        return true;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean containsAllWords(String haystack, String words) {
        String h = key(haystack);
        for (String w : key(words).split(" ")) {
            if (!w.isEmpty() && !h.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Outlets with the number of stored articles from each, most first. */
    public List<OutletCount> outlets() {
        Map<String, Integer> counts = new HashMap<>();
        for (ArticleView a : articles.values()) {
            if (a.outlet() != null) {
                counts.merge(a.outlet(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(en -> new OutletCount(en.getKey(), en.getValue())).toList();
    }
}
