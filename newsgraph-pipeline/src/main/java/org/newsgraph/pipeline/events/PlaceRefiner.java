package org.newsgraph.pipeline.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/**
 * Narrows a main event's place from a country to a city: "talks in Russia" with "the visit to Moscow" or "a summit
 * in Brenton" in the lead or the sentences right after it is placed in that city. A city is a place mention after a
 * locative word or "to" (names may stand between: "at the Presidential Palace, Riga") whose entity is not a country, or whose surface is a city the entity layer folded into its
 * country. Stateless and thread-safe; null or unknown input leaves the place as it is.
 */
final class PlaceRefiner {
    private static final Set<String> TOWARDS = union(ActorRoles.LOCATIVE, Set.of("to"));

    private PlaceRefiner() {
    }

    /**
     * The city to use instead of {@code place} when {@code place} names a country, else {@code place} unchanged.
     *
     * @param placeMention the mention the place was read from, or null (a dateline or visited place)
     * @param lead         the index of the lead sentence, or -1
     * @param following    how many sentences after the lead to search
     */
    static String cityFor(String place, Mention placeMention, String text, List<Span> sentences, List<Mention> mentions,
                          Map<String, Entity> entities, int lead, int following, EnglishStemmer stemmer) {
        if (place == null || !namesCountry(place, placeMention, entities)) {
            return place;
        }
        String city = city(text, sentences, mentions, entities, lead, following, stemmer);
        return city != null ? city : place;
    }

    /**
     * The first city named after a locative word or "to" in the sentences up to {@code following} after the lead
     * (the title and any sentence before the lead included), or null.
     */
    static String city(String text, List<Span> sentences, List<Mention> mentions, Map<String, Entity> entities, int lead,
                       int following, EnglishStemmer stemmer) {
        int from = Math.max(lead, 0);
        for (int k = 0; k <= from + following && k < sentences.size(); k++) {
            Span sentence = sentences.get(k);
            List<Token> tokens = Token.of(text, sentence, stemmer);
            for (Mention m : mentions) {
                if (!sentence.contains(m.span()) || m.type() != EntityType.GPE || ActorRoles.modifier(text, m, entities)
                        || TitleWords.titled(m.span().of(text))) {
                    continue;
                }
                String name = ActorRoles.placeName(text, m, entities);
                Entity e = entities.get(m.entityId());
                boolean city = e != null && (!ActorRoles.isCountry(m, entities) || !name.equalsIgnoreCase(e.canonical()));
                if (city && ActorRoles.afterLocative(text, tokens, m.span(), TOWARDS, true)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean namesCountry(String place, Mention placeMention, Map<String, Entity> entities) {
        if (placeMention != null) {
            Entity e = entities.get(placeMention.entityId());
            return ActorRoles.isCountry(placeMention, entities) && e != null && e.canonical().equalsIgnoreCase(place);
        }
        return entities.values().stream().anyMatch(e -> e.type() == EntityType.GPE && e.id().matches("gpe:[A-Z]{3}")
                && e.canonical().equalsIgnoreCase(place));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
