package org.newsgraph.pipeline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Who did what to whom, and where, around one trigger: subject/object heuristics over the order of entity
 * mentions in the sentence. Places are GPE mentions after a locative preposition ("in Riga", "near the town of
 * Ber") and LOC mentions; actors are the other mentions, minus those inside quotations and the speaker of a
 * reporting clause after the trigger. Stateless and thread-safe; it never throws for sparse input.
 */
final class ActorRoles {
    /** Types whose target, when it is a place, is where the event happens: meetings and visits, and intents to. */
    private static final Set<String> VISITS = Set.of("CONSULT", "AGREE");
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "throughout", "along",
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");
    private static final Pattern COUNTRY_ID = Pattern.compile("gpe:[A-Z]{3}");
    /** Capitalised words shaped like demonyms: "Chinese", "Indonesian", "Israeli", "Turkish", "French". */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}+(an|ese|ish|i|ch)");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}+)");
    private static final Set<String> FUNCTION_WORDS = Set.of("on", "in", "at", "to", "and", "or", "for", "with", "of", "from",
            "by", "as", "is", "was", "were", "are", "has", "had", "have", "said", "says", "the", "a", "an", "this", "that",
            "last", "next", "after", "before", "until", "since", "when", "where", "while", "amid", "over");
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "be", "got");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "added", "announced", "reported", "stated",
            "confirmed", "noted", "tweeted", "wrote");

    /**
     * @param source  the actor, or null
     * @param target  the one acted upon, or null
     * @param place   where it happened, as named, or null
     * @param visited for a meeting or visit whose target is a place, that place, else null
     * @param owner   a place named in the possessive in the sentence ("Brazil's election"), else null
     * @param placeMention the mention {@code place} was read from, or null
     * @param country the first country the sentence names (also as an adjective: "Brazilian voters"), else null
     */
    record Roles(Mention source, Mention target, String place, String visited, String owner, Mention placeMention,
                 String country) {
    }

    private ActorRoles() {
    }

    static Roles find(String text, List<Token> tokens, CueMatch match, List<Mention> inSentence, List<Quote> quotes,
                      Map<String, Entity> entities) {
        List<Mention> places = new ArrayList<>();
        List<Mention> actors = new ArrayList<>();
        for (Mention m : inSentence) {
            if (m.span().overlaps(match.span())) {
                continue;
            }
            if (m.type() == EntityType.LOC || m.type() == EntityType.GPE && afterLocative(text, tokens, m.span(), LOCATIVE, false)) {
                if (!modifier(text, m, entities) && !TitleWords.titled(m.span().of(text))) {
                    places.add(m);
                }
            } else if (quotes.stream().noneMatch(q -> q.span().contains(m.span()))
                    && (m.span().end() <= match.span().start() || !isReportingSpeaker(tokens, m.span()))) {
                actors.add(m);
            }
        }
        Span trigger = match.span();
        List<Mention> before = actors.stream().filter(m -> m.span().end() <= trigger.start()).toList();
        int clauseEnd = reportingVerbAfter(tokens, match);
        List<Mention> after = actors.stream().filter(m -> m.span().start() >= trigger.end() && m.span().end() <= clauseEnd).toList();
        Mention source = null;
        Mention target = null;
        Mention agent = passiveAgent(tokens, match, after);
        if (agent != null) {
            source = agent;
            target = before.isEmpty() ? null : before.getLast();
        } else {
            if (!before.isEmpty()) {
                source = before.getLast();
                Mention partner = coordinated(text, before);
                if (partner != null) {
                    source = partner;
                    target = before.getLast();
                }
            }
            for (Mention m : after) {
                if (target != null) {
                    break;
                }
                if (source == null || !sameActor(m, source, entities)) {
                    target = m;
                }
            }
            if (source == null && after.size() >= 2 && "between".equals(wordAfter(tokens, match))) {
                source = after.getFirst();
                target = after.stream().filter(m -> !m.entityId().equals(after.getFirst().entityId())).findFirst().orElse(null);
            }
            if (source == null && after.size() >= 2) {
                Mention second = after.stream().filter(m -> !m.entityId().equals(after.getFirst().entityId())).findFirst().orElse(null);
                if (second != null && "with".equals(wordBefore(tokens, after.getFirst().span()))) {
                    source = second;
                    target = after.getFirst();
                }
            }
        }
        if (source != null && target != null && sameActor(source, target, entities)) {
            target = null;
        }
        Mention placeMention = places.stream()
                .min(Comparator.comparingInt(m -> distance(m.span(), trigger)))
                .orElse(null);
        String place = placeMention == null ? null : placeName(text, placeMention, entities);
        String country = inSentence.stream().filter(m -> m.type() == EntityType.GPE && isCountry(m, entities))
                .findFirst().map(m -> entities.get(m.entityId()).canonical()).orElse(null);
        String visited = target != null && VISITS.contains(match.cue().type())
                && (target.type() == EntityType.GPE || target.type() == EntityType.LOC) ? placeName(text, target, entities) : null;
        String owner = inSentence.stream()
                .filter(m -> m.type() == EntityType.GPE
                        && (text.startsWith("'s", m.span().end()) || text.startsWith("’s", m.span().end())))
                .findFirst().map(m -> placeName(text, m, entities)).orElse(null);
        return new Roles(source, target, place, visited, owner, placeMention, country);
    }

    private static Mention passiveAgent(List<Token> tokens, CueMatch match, List<Mention> after) {
        boolean auxiliary = false;
        for (int i = Math.max(0, match.first() - 2); i < match.first(); i++) {
            auxiliary |= PASSIVE_AUX.contains(tokens.get(i).lower());
        }
        if (!auxiliary) {
            return null;
        }
        for (int i = match.last() + 1; i < Math.min(tokens.size(), match.last() + 5); i++) {
            if (tokens.get(i).lower().equals("by")) {
                int from = tokens.get(i).span().end();
                return after.stream().filter(m -> m.span().start() >= from).findFirst().orElse(null);
            }
        }
        return null;
    }

    /** "X and Y" right before the trigger: X, when the last two actor mentions are joined by "and". */
    private static Mention coordinated(String text, List<Mention> before) {
        if (before.size() < 2) {
            return null;
        }
        Mention last = before.getLast();
        for (int i = before.size() - 2; i >= 0; i--) {
            Mention m = before.get(i);
            if (m.entityId().equals(last.entityId())) {
                return null;
            }
            if (m.span().end() > last.span().start()) {
                continue;
            }
            String between = text.substring(m.span().end(), last.span().start()).strip().toLowerCase(Locale.ROOT);
            if (between.equals("and") || between.startsWith("and ") && between.split("\\s+").length <= 4) {
                return m;
            }
            return null;
        }
        return null;
    }

    /**
     * Whether the mention names a country: its entity is a country-level place ({@code gpe:XXX}) and the mention
     * is not a city the entity layer folded into its country ("Tehran" under Iran).
     */
    static boolean isCountry(Mention m, Map<String, Entity> entities) {
        Entity e = entities.get(m.entityId());
        return e != null && COUNTRY_ID.matcher(e.id()).matches();
    }

    /**
     * Whether a place mention only modifies a noun ("the Chinese capital", "the Indonesian island"): a demonym
     * of its entity, followed by a lower-case content word. Such a mention names no place by itself.
     */
    static boolean modifier(String text, Mention m, Map<String, Entity> entities) {
        Entity e = entities.get(m.entityId());
        String surface = m.span().of(text).strip();
        if (e == null || surface.contains(e.canonical()) || !DEMONYM.matcher(surface).matches()) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 40)));
        return next.lookingAt() && !FUNCTION_WORDS.contains(next.group(1));
    }

    /**
     * "in Riga", "near the town of Ber", "south of Gao", "in the Chinese capital of Beijing": one of the
     * {@code locatives} at most four words before, with only place nouns, articles and adjectives of place between
     * (and, with {@code passNames}, any capitalised word: "at the Presidential Palace, Riga").
     */
    static boolean afterLocative(String text, List<Token> tokens, Span span, Set<String> locatives, boolean passNames) {
        int i = -1;
        for (int k = 0; k < tokens.size() && tokens.get(k).span().end() <= span.start(); k++) {
            i = k;
        }
        for (int k = i; k >= 0 && k > i - 5; k--) {
            String word = tokens.get(k).lower();
            if (locatives.contains(word)) {
                return true;
            }
            String surface = tokens.get(k).span().of(text);
            boolean adjective = DEMONYM.matcher(surface).matches()
                    || passNames && !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
            if (k != i && !adjective
                    && !word.matches("the|a|an|town|village|city|capital|region|province|district|of|outskirts|centre|center|port|border")) {
                return false;
            }
        }
        return false;
    }

    /** Where the trigger's clause ends: the start of a reporting verb after it ("..., officials said"), else the end. */
    private static int reportingVerbAfter(List<Token> tokens, CueMatch match) {
        for (int i = match.last() + 1; i < tokens.size(); i++) {
            if (REPORTING.contains(tokens.get(i).lower())) {
                return tokens.get(i).span().start();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Whether the mention is the speaker of a reporting clause: "X said", "according to X". */
    private static boolean isReportingSpeaker(List<Token> tokens, Span span) {
        for (Token t : tokens) {
            if (t.span().start() >= span.end()) {
                if (REPORTING.contains(t.lower())) {
                    return true;
                }
                break;
            }
        }
        String previous = "";
        String last = "";
        for (Token t : tokens) {
            if (t.span().end() > span.start()) {
                break;
            }
            previous = last;
            last = t.lower();
        }
        return previous.equals("according") && last.equals("to");
    }

    /**
     * The place as named: the surface form when it is a proper name ("Tehran", even where the entity layer folds the
     * capital into its country), else the entity's canonical name ("the Kazakh capital" -> Astana).
     */
    /** Whether two mentions name one actor: the same entity, or entities of the same canonical name. */
    static boolean sameActor(Mention a, Mention b, Map<String, Entity> entities) {
        if (a.entityId().equals(b.entityId())) {
            return true;
        }
        Entity x = entities.get(a.entityId());
        Entity y = entities.get(b.entityId());
        return x != null && y != null && x.canonical().equalsIgnoreCase(y.canonical());
    }

    static String placeName(String text, Mention m, Map<String, Entity> entities) {
        String surface = m.span().of(text).strip();
        Entity e = entities.get(m.entityId());
        boolean properName = !surface.isEmpty() && Character.isUpperCase(surface.charAt(0))
                && !surface.equals(surface.toUpperCase(Locale.ROOT));
        if (e == null || properName && !surface.contains(e.canonical())) {
            return surface;
        }
        return e.canonical();
    }

    private static String wordAfter(List<Token> tokens, CueMatch match) {
        return match.last() + 1 < tokens.size() ? tokens.get(match.last() + 1).lower() : "";
    }

    private static String wordBefore(List<Token> tokens, Span span) {
        String word = "";
        for (Token t : tokens) {
            if (t.span().end() <= span.start()) {
                word = t.lower();
            } else {
                break;
            }
        }
        return word;
    }

    static int distance(Span a, Span b) {
        if (a.end() <= b.start()) {
            return b.start() - a.end();
        }
        if (b.end() <= a.start()) {
            return a.start() - b.end();
        }
        return 0;
    }
}
