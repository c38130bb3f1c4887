package org.newsgraph.server.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventMention;
import org.newsgraph.pipeline.Processed;

/**
 * Everything known about one event: its articles (originals and copies), the coded fields of each article with
 * their evidence, its quotes, the entities in it, and the fields on which its sources disagree.
 *
 * @param event              the consolidated event
 * @param articles           its articles, originals first
 * @param independentOutlets outlets that wrote their own text
 * @param copyingOutlets     outlets that only carried a copy
 * @param coded              coded event mentions, per article
 * @param quotes             quotes in its articles
 * @param entities           entities mentioned in its articles, most articles first
 * @param disagreements      fields whose stated values differ between articles
 */
public record EventDossier(Event event, List<ArticleView> articles, List<String> independentOutlets, List<String> copyingOutlets,
                           List<CodedMention> coded, List<QuoteView> quotes, List<EntityView> entities,
                           List<FieldClaims> disagreements) {
    /**
     * Assembles the dossier. {@code load} reads a stored article by id; articles it cannot find are left out.
     * Pure apart from {@code load}; thread-safe when {@code load} is.
     */
    public static EventDossier of(Catalog catalog, Event event, Function<String, java.util.Optional<Processed>> load) {
        List<ArticleView> articles = new ArrayList<>();
        List<CodedMention> coded = new ArrayList<>();
        Set<String> independent = new LinkedHashSet<>();
        Set<String> copying = new LinkedHashSet<>();
        for (String id : event.articleIds()) {
            ArticleView a = catalog.article(id).orElse(null);
            if (a == null) {
                continue;
            }
            articles.add(a);
            if (a.outlet() != null) {
                (a.isCopy() ? copying : independent).add(a.outlet());
            }
            load.apply(id).ifPresent(p -> coded.addAll(coded(catalog, p, a)));
        }
        copying.removeAll(independent);
        articles.sort((x, y) -> Boolean.compare(x.isCopy(), y.isCopy()));
        return new EventDossier(event, List.copyOf(articles), List.copyOf(independent), List.copyOf(copying), List.copyOf(coded),
                catalog.quotesOfEvent(event.id()), catalog.entitiesOfEvent(event.id()), disagreements(coded, catalog));
    }

    private static List<CodedMention> coded(Catalog catalog, Processed p, ArticleView a) {
        String text = p.article().text();
        Map<String, String> names = new LinkedHashMap<>();
        for (Entity e : p.annotated().entities()) {
            names.put(e.id(), e.canonical());
        }
        List<CodedMention> out = new ArrayList<>();
        for (EventMention m : p.events()) {
            if (m.sentence().end() > text.length()) {
                continue;
            }
            out.add(new CodedMention(a.id(), a.outlet(), m.type(), m.cameo(), name(m.sourceId(), names, catalog), m.sourceId(),
                    name(m.targetId(), names, catalog), m.targetId(), m.date() == null ? null : m.date().render(), m.place(),
                    m.sentence().of(text), m.sentence(), m.trigger().of(text), m.trigger(), m.confidence(), m.main()));
        }
        return out;
    }

    private static String name(String id, Map<String, String> local, Catalog catalog) {
        if (id == null) {
            return null;
        }
        return local.containsKey(id) ? local.get(id) : catalog.entity(id).map(EntityView::canonical).orElse(id);
    }

    /**
     * The event's CAMEO code, source and target by the rule every view of it uses ({@link org.newsgraph.export.EventRoles}):
     * the web page shows what {@code newsgraph show}, the API and the exports give.
     */
    public org.newsgraph.export.EventRoles roles() {
        return org.newsgraph.export.EventRoles.of(event.type(), coded.stream()
                .map(m -> new org.newsgraph.export.EventRoles.Mention(m.type(), m.cameo(), m.sourceId(), m.targetId(), m.main()))
                .toList());
    }

    /** The display name of an entity id among the coded mentions (their source or target name), else the id. */
    public String nameOf(String entityId) {
        for (CodedMention m : coded) {
            if (entityId.equals(m.sourceId()) && m.source() != null) {
                return m.source();
            }
            if (entityId.equals(m.targetId()) && m.target() != null) {
                return m.target();
            }
        }
        return entityId;
    }

    /** Compares the main coded mention of each article (else its first), field by field. */
    static List<FieldClaims> disagreements(List<CodedMention> coded, Catalog catalog) {
        Map<String, CodedMention> perArticle = new LinkedHashMap<>();
        for (CodedMention m : coded) {
            CodedMention seen = perArticle.get(m.articleId());
            if (seen == null || (!seen.main() && m.main())) {
                perArticle.put(m.articleId(), m);
            }
        }
        List<FieldClaims> out = new ArrayList<>();
        addIfDisputed(out, "type", perArticle, CodedMention::type);
        addIfDisputed(out, "date", perArticle, CodedMention::date);
        addIfDisputed(out, "place", perArticle, CodedMention::place);
        addIfDisputed(out, "source", perArticle, CodedMention::source);
        addIfDisputed(out, "target", perArticle, CodedMention::target);
        return out;
    }

    private static void addIfDisputed(List<FieldClaims> out, String field, Map<String, CodedMention> perArticle,
                                      Function<CodedMention, String> value) {
        Map<String, List<CodedMention>> byValue = new LinkedHashMap<>();
        for (CodedMention m : perArticle.values()) {
            String v = value.apply(m);
            if (v != null && !v.isBlank()) {
                byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(m);
            }
        }
        if (byValue.size() < 2 || "date".equals(field) && DateClaims.agree(byValue.keySet())) {
            return;
        }
        List<FieldClaims.Claim> claims = new ArrayList<>();
        byValue.forEach((v, ms) -> claims.add(new FieldClaims.Claim(v, ms.stream().map(CodedMention::articleId).toList(),
                ms.stream().map(CodedMention::outlet).filter(java.util.Objects::nonNull).distinct().toList())));
        out.add(new FieldClaims(field, claims));
    }
}
