package org.newsgraph.pipeline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

/**
 * Codes events with the trigger patterns of an {@link EventOntology}, reading actors, date and place from the
 * language layer's annotations.
 *
 * <ul>
 *   <li><b>Trigger</b>: the best cue match in a sentence (see {@link CueMatcher}); matches inside direct quotations
 *   and negated matches ("did not meet") are not coded.</li>
 *   <li><b>Actors</b>: entity mentions of the sentence that are not places, not inside a quotation and not the
 *   speaker of a reporting clause after the trigger ("..., the ministry said"). The source is the nearest one before the trigger (after "by" in the passive), the target the first one
 *   after it; "X and Y met" and "the meeting between X and Y" make X the source and Y the target; "in a meeting with Y, X ..." makes X the source.</li>
 *   <li><b>Date</b>: the day-like time expression of the sentence nearest to the trigger; else, for the main event
 *   and mentions of its type up to the sentence after the lead, the lead sentence's one; else, for the main event,
 *   the first one of the two sentences after the lead; else none. Days after the publication date are plans, not
 *   happenings, and are skipped. Nothing is dated from the
 *   publication date alone, and an unresolved weekday stays unresolved.</li>
 *   <li><b>Place</b>: a place mention after "in", "at", "near" ... nearest to the trigger; else, for the main event,
 *   the dateline place; else, for a visit or meeting whose target is a place, that place.</li>
 *   <li><b>Main</b>: one mention per article, of the type with most support: matches in the title and lead sentence
 *   count double, the first match of the lead more, scaled by the cue's salience; matches marked as background
 *   ("days after the strike") or as the object of a preceding trigger ("rejected the ultimatum") count less. Within
 *   that type, the mention nearest the lead with the most actors.</li>
 * </ul>
 *
 * Thread-safe (immutable). Bad or sparse input (no sentences, no mentions, spans outside the text) gives fewer or
 * no events, never an exception.
 */
public final class PatternEventCoder implements EventCoder {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "throughout", "along");
    private static final Set<String> BACKGROUND = Set.of("after", "since", "following", "before", "ago", "previous", "last",
            "earlier", "former", "anniversary", "who", "which", "whose");
    private static final Set<String> NEGATION = Set.of("not", "never", "no", "didn't", "won't", "wouldn't", "cannot", "can't", "denied");
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are", "be", "got");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "added", "announced", "reported", "stated",
            "confirmed", "noted", "tweeted", "wrote");
    private static final Pattern DATELINE = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?)(?:,\\s*[\\p{L} .]{2,30})?\\s*(?:\\([^)]{1,60}\\))?\\s*[–—-]{1,2}\\s");
    private static final double LEAD_BONUS = 2.0;
    private static final double FIRST_IN_LEAD_BONUS = 2.0;
    private static final double BACKGROUND_FACTOR = 0.4;
    /** How many sentences after the lead may date the main event when neither its own nor the lead sentence does. */
    private static final int FOLLOWING_SENTENCES = 2;
    /** A trigger this close after another one is usually its object ("rejected the ultimatum"), not a happening. */
    private static final int OBJECT_GAP = 6;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]|\\b(and|but|while|after|before|as|when|then)\\b");
    private static final double DISTANCE_PENALTY = 0.15;

    private final CueMatcher matcher;
    private final EnglishStemmer stemmer;

    public PatternEventCoder(EventOntology ontology, EnglishStemmer stemmer) {
        this.matcher = new CueMatcher(ontology);
        this.stemmer = stemmer;
    }

    @Override
    public List<EventMention> code(AnnotatedArticle article) {
        String text = article.article().text();
        List<Span> sentences = article.sentences().stream().filter(s -> s.end() <= text.length()).sorted().toList();
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : article.entities()) {
            entities.put(e.id(), e);
        }
        Span dateline = datelineSpan(text, sentences);
        List<Mention> mentions = article.mentions().stream().filter(m -> m.span().end() <= text.length())
                .filter(m -> dateline == null || !dateline.overlaps(m.span()))
                .sorted(Comparator.comparing(Mention::span)).toList();
        List<Draft> drafts = new ArrayList<>();
        int lead = leadSentence(text, sentences);
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            List<Token> tokens = Token.of(text, sentence, stemmer);
            List<CueMatch> matches = matcher.find(tokens).stream()
                    .filter(m -> !insideQuote(m.span(), article.quotes()))
                    .filter(m -> !negated(tokens, m))
                    .toList();
            if (matches.isEmpty()) {
                continue;
            }
            boolean early = s <= lead;
            List<Mention> inSentence = mentions.stream().filter(m -> sentence.contains(m.span())).toList();
            for (int k = 0; k < matches.size(); k++) {
                CueMatch match = matches.get(k);
                double support = ((early ? LEAD_BONUS : 1.0) + (s == lead && k == 0 ? FIRST_IN_LEAD_BONUS : 0))
                        * match.cue().salience();
                if (background(tokens, match) || k > 0 && objectOf(text, tokens, matches.get(k - 1), match)) {
                    support *= BACKGROUND_FACTOR;
                }
                drafts.add(draft(text, tokens, sentence, s, match, inSentence, article.quotes(), entities, early, support));
            }
        }
        if (drafts.isEmpty()) {
            return List.of();
        }
        Draft main = chooseMain(drafts, lead);
        LocalDate published = article.article().metadata().publishedDate().orElse(null);
        TimeValue leadDate = lead < 0 ? null : nearestTimex(article.timexes(), sentences.get(lead), sentences.get(lead), published);
        String datelinePlace = datelinePlace(article, sentences, entities);
        List<EventMention> out = new ArrayList<>();
        for (Draft d : drafts) {
            Span sentence = d.sentence();
            TimeValue date = nearestTimex(article.timexes(), sentence, d.match().span(), published);
            boolean sameHappening = d == main || d.type().equals(main.type()) && d.sentenceIndex() <= Math.max(lead, 0) + 1;
            if (date == null && sameHappening) {
                date = leadDate;
            }
            for (int k = Math.max(lead, 0) + 1; date == null && d == main && k <= lead + FOLLOWING_SENTENCES && k < sentences.size(); k++) {
                date = nearestTimex(article.timexes(), sentences.get(k), sentences.get(k), published);
            }
            String place = d.place();
            if (place == null && d == main) {
                place = datelinePlace;
            }
            if (place == null) {
                place = d.visited();
            }
            out.add(new EventMention(d.type(), d.match().cue().cameo(), d.sourceId(), d.targetId(), date, place,
                    sentence, d.match().span(), d.confidence(), d == main));
        }
        return out;
    }

    private Draft draft(String text, List<Token> tokens, Span sentence, int index, CueMatch match, List<Mention> inSentence,
                        List<Quote> quotes,
                        Map<String, Entity> entities, boolean early, double support) {
        List<Mention> places = new ArrayList<>();
        List<Mention> actors = new ArrayList<>();
        for (Mention m : inSentence) {
            if (m.span().overlaps(match.span())) {
                continue;
            }
            if (m.type() == EntityType.LOC || m.type() == EntityType.GPE && afterLocative(tokens, m.span())) {
                places.add(m);
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
                if (source == null || !m.entityId().equals(source.entityId())) {
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
        if (source != null && target != null && source.entityId().equals(target.entityId())) {
            target = null;
        }
        String place = places.stream()
                .min(Comparator.comparingInt(m -> distance(m.span(), trigger)))
                .map(m -> placeName(text, m, entities))
                .orElse(null);
        String visited = target != null && match.cue().type().equals("CONSULT")
                && (target.type() == EntityType.GPE || target.type() == EntityType.LOC) ? placeName(text, target, entities) : null;
        double confidence = match.cue().weight()
                + 0.05 * Math.min(3, match.cue().pattern().words() - 1)
                + (source != null ? 0.1 : 0)
                + (target != null ? 0.05 : 0);
        confidence = Math.max(0.05, Math.min(0.99, confidence));
        return new Draft(match, sentence, index, source == null ? null : source.entityId(),
                target == null ? null : target.entityId(), place, visited, confidence, early, support * confidence);
    }

    private static Draft chooseMain(List<Draft> drafts, int lead) {
        Map<String, Double> support = new HashMap<>();
        for (Draft d : drafts) {
            support.merge(d.type(), d.support(), Double::sum);
        }
        String best = drafts.stream().map(Draft::type).distinct()
                .max(Comparator.comparingDouble((String t) -> support.get(t))
                        .thenComparing(t -> -firstIndex(drafts, t)))
                .orElseThrow();
        return drafts.stream().filter(d -> d.type().equals(best))
                .max(Comparator.comparingDouble((Draft d) -> d.support()
                        + (d.sourceId() != null ? 0.3 : 0) + (d.targetId() != null ? 0.2 : 0)
                        - DISTANCE_PENALTY * Math.max(0, d.sentenceIndex() - lead))
                        .thenComparing(d -> -d.match().span().start()))
                .orElseThrow();
    }

    private static int firstIndex(List<Draft> drafts, String type) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).type().equals(type)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The first sentence that reads like body text: ends like a sentence and has at least eight words. */
    private int leadSentence(String text, List<Span> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).of(text).strip();
            if (s.split("\\s+").length >= 8 && s.matches("(?s).*[.!?\"”’]$")) {
                return i;
            }
        }
        return sentences.isEmpty() ? -1 : 0;
    }

    /**
     * The day-like time expression in {@code within} nearest to {@code anchor}, or null. Days after the publication
     * date are skipped: they name a plan ("will visit on March 20"), not the reported happening.
     */
    private static TimeValue nearestTimex(List<Timex> timexes, Span within, Span anchor, LocalDate published) {
        return timexes.stream()
                .filter(t -> within.contains(t.span()))
                .filter(t -> dayLike(t.value()))
                .filter(t -> published == null || !firstDay(t.value()).isAfter(published))
                .min(Comparator.comparingInt(t -> distance(t.span(), anchor)))
                .map(Timex::value)
                .orElse(null);
    }

    private static LocalDate firstDay(TimeValue value) {
        return switch (value) {
            case TimeValue.Day d -> d.date();
            case TimeValue.Range r -> r.first();
            default -> LocalDate.MIN;
        };
    }

    private static boolean dayLike(TimeValue value) {
        return value instanceof TimeValue.Day || value instanceof TimeValue.UnresolvedWeekday
                || value instanceof TimeValue.UnresolvedMonthDay || value instanceof TimeValue.Range;
    }

    private static String datelinePlace(AnnotatedArticle article, List<Span> sentences, Map<String, Entity> entities) {
        Optional<String> stated = article.article().metadata().dateline().map(f -> f.value());
        String raw = stated.orElse(null);
        if (raw == null) {
            String text = article.article().text();
            for (Span s : sentences.subList(0, Math.min(3, sentences.size()))) {
                Matcher m = DATELINE.matcher(s.of(text));
                if (m.find() && m.group(1).strip().length() >= 3) {
                    raw = m.group(1).strip();
                    break;
                }
            }
        }
        if (raw == null) {
            return null;
        }
        String wanted = raw.replaceAll("\\s*\\(.*", "").strip();
        for (Entity e : entities.values()) {
            if (e.type() != EntityType.GPE && e.type() != EntityType.LOC) {
                continue;
            }
            if (e.canonical().equalsIgnoreCase(wanted) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(wanted))) {
                return e.canonical();
            }
        }
        return titleCase(wanted);
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /**
     * The place as named: the surface form when it is a proper name ("Tehran", even where the entity layer folds the
     * capital into its country), else the entity's canonical name ("the Kazakh capital" -> Astana).
     */
    private static String placeName(String text, Mention m, Map<String, Entity> entities) {
        String surface = m.span().of(text).strip();
        Entity e = entities.get(m.entityId());
        boolean properName = !surface.isEmpty() && Character.isUpperCase(surface.charAt(0))
                && !surface.equals(surface.toUpperCase(Locale.ROOT));
        if (e == null || properName && !surface.contains(e.canonical())) {
            return surface;
        }
        return e.canonical();
    }

    /** The dateline at the start of one of the first sentences ("ASTANA (Steppe Wire) –"), or null. */
    private static Span datelineSpan(String text, List<Span> sentences) {
        for (Span s : sentences.subList(0, Math.min(3, sentences.size()))) {
            Matcher m = DATELINE.matcher(s.of(text));
            if (m.find() && m.group(1).strip().length() >= 3) {
                return new Span(s.start() + m.start(), s.start() + m.end());
            }
        }
        return null;
    }

    private static int distance(Span a, Span b) {
        if (a.end() <= b.start()) {
            return b.start() - a.end();
        }
        if (b.end() <= a.start()) {
            return a.start() - b.end();
        }
        return 0;
    }

    private static boolean insideQuote(Span trigger, List<Quote> quotes) {
        return quotes.stream().anyMatch(q -> q.direct() && q.span().contains(trigger));
    }

    private static boolean negated(List<Token> tokens, CueMatch match) {
        for (int i = Math.max(0, match.first() - 3); i < match.first(); i++) {
            if (NEGATION.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
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

    /** "in Riga", "near the town of Ber": a locative preposition at most four lower-case words before. */
    private static boolean afterLocative(List<Token> tokens, Span span) {
        int i = -1;
        for (int k = 0; k < tokens.size() && tokens.get(k).span().end() <= span.start(); k++) {
            i = k;
        }
        for (int k = i; k >= 0 && k > i - 5; k--) {
            String word = tokens.get(k).lower();
            if (LOCATIVE.contains(word)) {
                return true;
            }
            if (k != i && !word.matches("the|a|an|town|village|city|capital|region|province|district|of|outskirts|centre|center|port|border")) {
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

    /**
     * Whether {@code later} reads as the object of {@code earlier}: at most {@link #OBJECT_GAP} words apart with no
     * clause break between them ("condemned the recent US airstrikes", but not "met on Monday, after the strike").
     */
    private static boolean objectOf(String text, List<Token> tokens, CueMatch earlier, CueMatch later) {
        if (later.first() - earlier.last() > OBJECT_GAP) {
            return false;
        }
        String between = text.substring(earlier.span().end(), later.span().start()).toLowerCase(Locale.ROOT);
        return !CLAUSE_BREAK.matcher(between).find();
    }

    /** Whether words just before the trigger mark it as background: "days after a drone strike", "since the coup". */
    private static boolean background(List<Token> tokens, CueMatch match) {
        for (int i = Math.max(0, match.first() - 4); i < match.first(); i++) {
            if (BACKGROUND.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
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

    private record Draft(CueMatch match, Span sentence, int sentenceIndex, String sourceId, String targetId, String place,
                         String visited, double confidence, boolean early, double support) {
        String type() {
            return match.cue().type();
        }
    }
}
