package org.newsgraph.pipeline.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;

/**
 * Resolves entities against a registry of every entity seen earlier in the stream.
 *
 * <p>For each entity of an article, against the registry as it was before the article:
 * <ol>
 *   <li>ids from knowledge tables ({@code gpe:NOR}, {@code org:…}) stay as they are; so does, unless a rule
 *       below links it elsewhere, an id registered before: the language layer derives person ids from
 *       transliteration-tolerant name skeletons, so "Qassem Farhadi" and "Qasem Farhady" arrive with one
 *       id already;</li>
 *   <li>a person's short form ("Wekesa", "Holm", "Li") maps to the full name whose name words contain it in
 *       order, when exactly one registered full name does ("Haddad" with both Karim Haddad and Nadia Haddad
 *       registered stays as it is);</li>
 *   <li>any other entity maps to the one registered entity that has the same name key (folded name, or
 *       acronym seen with its expansion: "CLS" links to the entity that had "CLS" as an alias); several
 *       candidates mean no link. The tagger's class is a guess for unknown names, so classes may differ, with
 *       two exceptions: a one-word name tagged as a person first looks for an organisation or place of that
 *       name (the brand "Halvard", not a person surnamed Halvard), and an organisation or place never takes the id
 *       of a one-word person;</li>
 *   <li>a person's full name seen for the first time takes the id of the one person registered under one of
 *       its words alone ("Amos Wekesa" after an article that only said "Wekesa"), unless a registered full
 *       name also has that word; so a surname-only article that came first ends up in the same entity as the
 *       full name, whichever arrived first;</li>
 *   <li>a one-word name the tagger called a place or something else ("Li" tagged as MISC) is tried as a
 *       person's short form last; one tagged as an organisation is not (brands named after people).</li>
 * </ol>
 * Entities of one article that land on the same corpus id are merged: aliases and roles are joined in order,
 * the canonical name is the longer of the registered and the local one. Mention entity ids and quote speaker
 * ids are rewritten; spans and mention types are untouched. Then the article's entities are registered.
 *
 * <p><b>Arrival order matters.</b> Links are made only to entities registered before the article, and an
 * article is never rewritten after it was resolved. What follows from that:
 * <ul>
 *   <li>"Wekesa" before any "Amos Wekesa": it keeps its surname id, and the first full name with that
 *       surname takes that id (rule 4), so both orders end in one entity. If the bare surname meant someone
 *       else (a "Haddad" article, then "Karim Haddad"), the first full name to arrive wins it, and later bare
 *       surnames with that id keep joining that person even after "Nadia Haddad" arrives;</li>
 *   <li>a short form after its full name links while that full name is the only match; once a second full
 *       name shares the word, later short forms stay apart, earlier links are kept;</li>
 *   <li>between two entities linked by name key or acronym, the one registered first gives its id to the
 *       other, so the corpus id of an entity depends on which form came first, not which entities merge.</li>
 * </ul>
 *
 * <p>Not thread-safe: one instance per stream. Never throws on odd annotations: an entity that matches nothing
 * keeps its local id, and mentions or quotes naming an id the article does not define keep that id.
 */
public final class RegistryEntityResolver implements EntityResolver {
    private final EntityRegistry registry = new EntityRegistry();

    @Override
    public ResolvedArticle resolve(AnnotatedArticle article) {
        List<EntityLink> links = new ArrayList<>();
        Map<String, String> corpusIds = new LinkedHashMap<>();
        for (Entity e : article.entities()) {
            EntityLink link = link(e);
            links.add(link);
            corpusIds.putIfAbsent(e.id(), link.corpusId());
        }
        AnnotatedArticle resolved = rewrite(article, corpusIds);
        register(resolved);
        return new ResolvedArticle(resolved, links);
    }

    @Override
    public void register(AnnotatedArticle resolved) {
        for (Entity e : resolved.entities()) {
            registry.add(e);
        }
    }

    private EntityLink link(Entity e) {
        String target = null;
        LinkReason reason = LinkReason.SAME_NAME;
        if (rewritable(e.id())) {
            boolean person = e.type() == EntityType.PERSON || e.id().startsWith("person:");
            boolean oneWord = NameForm.personWords(e.canonical()).size() == 1;
            if (person) {
                // "Halvard" tagged as a person: the organisation of that name comes before any "… Halvard"
                target = oneWord ? other(e, sameName(e, k -> k.type() != EntityType.PERSON)) : null;
                if (target == null) {
                    target = other(e, fullNameOf(e));
                    reason = LinkReason.FULL_NAME;
                }
                if (target == null) {
                    target = other(e, sameName(e, k -> true));
                    reason = LinkReason.SAME_NAME;
                }
                if (target == null && registry.get(e.id()) == null) {
                    target = other(e, shortNameOf(e));
                    reason = LinkReason.SHORT_NAME;
                }
            } else {
                // an organisation never takes the id of a one-word person ("Halvard" the person-tagged brand)
                target = other(e, sameName(e, k -> k.type() != EntityType.PERSON || k.fullName()));
                if (target == null && oneWord && e.type() != EntityType.ORG) {
                    target = other(e, fullNameOf(e));
                    reason = LinkReason.FULL_NAME;
                }
            }
        }
        if (target != null) {
            return new EntityLink(e.id(), target, reason);
        }
        return new EntityLink(e.id(), e.id(), registry.get(e.id()) != null ? LinkReason.SAME_ID : LinkReason.NEW);
    }

    private static String other(Entity e, String id) {
        return id == null || id.equals(e.id()) ? null : id;
    }

    /** Ids the language layer made from a name alone; ids from knowledge tables are corpus ids already. */
    private static boolean rewritable(String id) {
        return id.startsWith("person:") || id.startsWith("name:");
    }

    /** The one registered full name this name is a short form of, or {@code null}. */
    private String fullNameOf(Entity e) {
        List<String> words = NameForm.personWords(e.canonical());
        List<String> keys = NameForm.personKeys(words);
        if (keys.isEmpty() || keys.size() != words.size()) {
            return null;
        }
        Set<String> matches = new TreeSet<>();
        for (EntityRegistry.Known k : registry.fullNamesWithKey(keys.getFirst())) {
            if (k.keys().size() > keys.size() && isSubsequence(keys, k.keys())
                    && (keys.size() > 1 || keys.getFirst().length() >= 3 || k.words().contains(words.getFirst()))) {
                matches.add(k.id());
            }
        }
        return matches.size() == 1 ? matches.iterator().next() : null;
    }

    /**
     * For a full name not seen before: the one person registered under a single word of it ("Wekesa" before
     * "Amos Wekesa"), when no registered full name shares that word and the word's skeleton has three letters
     * or more; otherwise {@code null}.
     */
    private String shortNameOf(Entity e) {
        List<String> words = NameForm.personWords(e.canonical());
        List<String> keys = NameForm.personKeys(words);
        if (keys.size() < 2 || keys.size() != words.size()) {
            return null;
        }
        Set<String> matches = new TreeSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key.length() < 3) {
                continue; // "Li", "Yi": too many people share a short word to adopt its id
            }
            for (EntityRegistry.Known k : registry.shortNamesWithKey(key)) {
                matches.add(k.id());
            }
            if (!registry.fullNamesWithKey(key).isEmpty() && matches.size() > 0) {
                return null;
            }
        }
        return matches.size() == 1 ? matches.iterator().next() : null;
    }

    /** The one registered entity accepted by {@code accept} sharing a name key with this one, or {@code null}. */
    private String sameName(Entity e, Predicate<EntityRegistry.Known> accept) {
        Set<String> matches = new TreeSet<>();
        for (String key : NameForm.keys(e)) {
            for (String id : registry.idsWithKey(key)) {
                if (accept.test(registry.get(id))) {
                    matches.add(id);
                }
            }
        }
        return matches.size() == 1 ? matches.iterator().next() : null;
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int j = 0;
        for (String w : whole) {
            if (j < part.size() && part.get(j).equals(w)) {
                j++;
            }
        }
        return j == part.size();
    }

    private AnnotatedArticle rewrite(AnnotatedArticle article, Map<String, String> corpusIds) {
        Map<String, Entity> merged = new LinkedHashMap<>();
        for (Entity e : article.entities()) {
            String id = corpusIds.getOrDefault(e.id(), e.id());
            Entity previous = merged.get(id);
            String registered = id.equals(e.id()) ? null : registry.get(id).canonical();
            String canonical = registered != null && registered.length() > e.canonical().length() ? registered : e.canonical();
            if (previous == null) {
                merged.put(id, new Entity(id, canonical, e.type(), e.aliases(), e.country(), e.roles()));
            } else {
                merged.put(id, new Entity(id, previous.canonical(), previous.type(), union(previous.aliases(), e.aliases()),
                        previous.country() != null ? previous.country() : e.country(), union(previous.roles(), e.roles())));
            }
        }
        List<Mention> mentions = new ArrayList<>(article.mentions().size());
        for (Mention m : article.mentions()) {
            mentions.add(new Mention(m.span(), m.type(), m.kind(), corpusIds.getOrDefault(m.entityId(), m.entityId())));
        }
        List<Quote> quotes = new ArrayList<>(article.quotes().size());
        for (Quote q : article.quotes()) {
            String speaker = q.speakerId() == null ? null : corpusIds.getOrDefault(q.speakerId(), q.speakerId());
            quotes.add(new Quote(q.span(), q.direct(), speaker, q.speakerSpan(), q.cue(), q.confidence()));
        }
        return new AnnotatedArticle(article.article(), article.sentences(), mentions, new ArrayList<>(merged.values()),
                quotes, article.timexes(), article.problems());
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }
}
