package org.newsgraph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.EventStore;

/** Gathers events from a store for export. Reads only; thread-safe if the stores are. */
public final class EventExporter {
    private final EventStore events;
    private final ArticleStore articles;

    public EventExporter(EventStore events, ArticleStore articles) {
        this.events = events;
        this.articles = articles;
    }

    /** Every event passing the filter, in the store's order (newest first). */
    public List<ExportedEvent> export(ExportFilter filter) {
        List<ExportedEvent> out = new ArrayList<>();
        int page = 500;
        for (int offset = 0; ; offset += page) {
            List<Event> batch = events.events(offset, page);
            for (Event e : batch) {
                if (passesEventFields(e, filter)) {
                    ExportedEvent exported = gather(e);
                    if (passesActor(exported, filter)) {
                        out.add(exported);
                    }
                }
            }
            if (batch.size() < page) {
                return out;
            }
        }
    }

    private static boolean passesEventFields(Event e, ExportFilter f) {
        if (e.independentSources() < f.minSources()) {
            return false;
        }
        if (f.type() != null && (e.type() == null || !e.type().equalsIgnoreCase(f.type()))) {
            return false;
        }
        if (f.since() != null || f.until() != null) {
            Optional<LocalDate> day = e.date() == null ? Optional.empty() : e.date().day();
            if (day.isEmpty() || (f.since() != null && day.get().isBefore(f.since())) || (f.until() != null && day.get().isAfter(f.until()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean passesActor(ExportedEvent e, ExportFilter f) {
        if (f.actor() == null) {
            return true;
        }
        String needle = f.actor().toLowerCase(Locale.ROOT);
        return e.actors().stream().anyMatch(a -> a.name().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** One event with its actors, sources and evidence read from the article store. */
    public ExportedEvent gather(Event e) {
        List<ExportedEvent.Source> sources = new ArrayList<>();
        List<ExportedEvent.Evidence> evidence = new ArrayList<>();
        Map<String, Entity> entitiesByName = new LinkedHashMap<>();
        Map<String, Entity> entitiesById = new HashMap<>();
        List<EventRoles.Mention> coded = new ArrayList<>();
        for (String id : e.articleIds()) {
            Optional<Processed> found = articles.article(id);
            if (found.isEmpty()) {
                continue;
            }
            Processed p = found.get();
            var a = p.article();
            sources.add(new ExportedEvent.Source(a.id(), a.metadata().outletName().orElse(null), a.url(), a.metadata().titleText().orElse(null),
                    a.metadata().publishedDate().map(LocalDate::toString).orElse(null), p.duplicate().duplicateOf(), a.text().length()));
            for (Entity ent : p.annotated().entities()) {
                entitiesByName.putIfAbsent(ent.canonical().toLowerCase(Locale.ROOT), ent);
                entitiesById.putIfAbsent(ent.id(), ent);
            }
            for (EventMention m : p.events()) {
                if (m.sentence().end() > a.text().length()) {
                    continue;
                }
                evidence.add(new ExportedEvent.Evidence(a.id(), m.sentence().of(a.text()), m.sentence().start(), m.sentence().end(),
                        p.annotated().sentences().indexOf(m.sentence()) + 1, m.trigger().of(a.text()), m.trigger().start(), m.type(), m.cameo(), name(entitiesById.get(m.sourceId()), m.sourceId()),
                        name(entitiesById.get(m.targetId()), m.targetId()), m.date() == null ? null : m.date().render(), m.place(),
                        m.confidence(), m.main()));
                coded.add(new EventRoles.Mention(m.type(), m.cameo(), m.sourceId(), m.targetId(), m.main()));
            }
        }
        List<ExportedEvent.Actor> actors = new ArrayList<>();
        for (String name : e.actors()) {
            Entity ent = entitiesByName.get(name.toLowerCase(Locale.ROOT));
            actors.add(ent == null
                    ? new ExportedEvent.Actor(name, null, null, null, List.of())
                    : new ExportedEvent.Actor(ent.canonical(), ent.id(), ent.type().name(), ent.country(), ent.roles()));
        }
        EventRoles roles = EventRoles.of(e.type(), coded);
        return new ExportedEvent(e, roles.cameo(), actor(entitiesById, roles.sourceId()), actor(entitiesById, roles.targetId()),
                actors, sources, evidence);
    }

    private static ExportedEvent.Actor actor(Map<String, Entity> byId, String id) {
        if (id == null) {
            return null;
        }
        Entity ent = byId.get(id);
        return ent == null ? new ExportedEvent.Actor(id, id, null, null, List.of())
                : new ExportedEvent.Actor(ent.canonical(), ent.id(), ent.type().name(), ent.country(), ent.roles());
    }

    private static String name(Entity entity, String fallback) {
        return entity != null ? entity.canonical() : fallback;
    }
}
