package org.newsgraph.pipeline.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Outcome;
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
 *   and negated matches ("did not meet") are not coded; a match with a modal shortly before it ("will impose a
 *   curfew") is coded as its type's intent (a threat), where the ontology names one.</li>
 *   <li><b>Actors</b> (see {@link ActorRoles}): entity mentions of the sentence that are not places, not inside a
 *   quotation and not the speaker of a reporting clause after the trigger ("..., the ministry said"). The source
 *   is the nearest one before the trigger (after "by" in the passive), the target the first one after it; "X and Y
 *   met" and "the meeting between X and Y" make X the source and Y the target; "in a meeting with Y, X ..." makes
 *   X the source.</li>
 *   <li><b>Date</b>: the day-like time expression of the sentence nearest to the trigger; else, for the main event
 *   and mentions of its type up to the sentence after the lead, the lead sentence's one; else, for the main event,
 *   the first one of the two sentences after the lead; else none. In the trigger's sentence a time expression that a
 *   clause marker ties to another happening ("met in Bali ahead of a summit on Tuesday") is skipped, and a bare
 *   weekday read forward is read back for a past-tense trigger ("arrived on Tuesday"). Days after the publication
 *   date are plans, not happenings, and are skipped; for the main event, so are days more than
 *   {@value #RECENT_DAYS} days before it (photo captions, background). Nothing is dated from the publication date
 *   alone, and an unresolved weekday stays unresolved.</li>
 *   <li><b>Place</b>: a place mention after "in", "at", "near" ... nearest to the trigger; else, for the main event,
 *   the dateline place (see {@link Datelines}); else, for a visit or meeting whose target is a place, that place;
 *   else a place named in the possessive in the sentence ("Brazil's runoff"). Adjectives of place ("the Chinese
 *   capital") name no place. A nation-wide happening (an election) is placed in the country its sentence names,
 *   not in the dateline's city; any other main event placed in a country is narrowed to a city named after a
 *   locative in the title, the lead or the {@value #CITY_SENTENCES} sentences after it (see {@link PlaceRefiner}).
 *   A main event still without a place (other than company results and deals) takes the first city named there,
 *   else the country its sentence or the lead names.</li>
 *   <li><b>Main</b>: one mention per article, of the type with most support: matches in the title and lead sentence
 *   count double, the first match of the lead more, scaled by the cue's salience; matches marked as background
 *   ("days after the strike") or as the object of a preceding trigger ("rejected the ultimatum") count less, and
 *   so do those recalled in speech ("referred to the assassination of ..."). With a learned type model
 *   ({@link EventTypeClassifier}), the support of each match in the title, the lead and the two sentences after it
 *   is weighed by the probability the model gives its sentence of the match's CAMEO class. Within that type, the
 *   mention nearest the lead with the most actors.</li>
 * </ul>
 *
 * Thread-safe (immutable). Bad or sparse input (no sentences, no mentions, spans outside the text) gives fewer or
 * no events, never an exception.
 */
public final class PatternEventCoder implements EventCoder {
    private static final Set<String> BACKGROUND = Set.of("after", "since", "following", "before", "ago", "previous", "last",
            "earlier", "former", "anniversary", "who", "which", "whose", "recent",
            "referred", "referring", "recalled", "recalling", "mentioned", "mentioning", "commemorated", "commemorating");
    private static final Set<String> NEGATION = Set.of("not", "never", "no", "didn't", "won't", "wouldn't", "cannot", "can't", "denied");
    private static final double LEAD_BONUS = 2.0;
    private static final double FIRST_IN_LEAD_BONUS = 2.0;
    private static final double BACKGROUND_FACTOR = 0.4;
    /** How many sentences after the lead may date the main event when neither its own nor the lead sentence does. */
    private static final int FOLLOWING_SENTENCES = 2;
    /** A trigger this close after another one is usually its object ("rejected the ultimatum"), not a happening. */
    private static final int OBJECT_GAP = 6;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]|\\b(and|but|while|after|before|as|when|then)\\b");
    private static final double DISTANCE_PENALTY = 0.15;
    /** How many days before publication the main event may lie: older days in its sentences are background. */
    private static final int RECENT_DAYS = 10;
    /** Words that tie a time expression to another happening than the trigger's ("ahead of", "after"). */
    private static final Pattern SEPARATOR = Pattern.compile("\\b(ahead of|before|after|since|following|prior to|until)\\b");
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?i)(on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
    /** Common irregular past-tense forms of event verbs. */
    private static final Set<String> IRREGULAR_PAST = Set.of("met", "held", "gave", "took", "won", "made", "struck", "fled", "went",
            "came", "told", "said", "hit", "shot", "fought", "left", "led", "sent", "began", "chose", "lost", "saw", "spoke",
            "stood", "sat", "threw", "overthrew", "broke", "fell", "flew", "drove", "ran", "rose", "sought", "brought", "caught");
    /** How many sentences after the lead may name the city of a main event placed in a country or nowhere. */
    private static final int CITY_SENTENCES = 3;
    /** Company results and deals happen nowhere in particular: no place is guessed for them. */
    private static final Set<String> PLACELESS = Set.of("EARNINGS", "MERGER");
    /** Types that happen to a whole country: their place is the country, not the dateline's city. */
    private static final Set<String> NATIONAL = Set.of("ELECTION");
    private static final String CONSULT = "CONSULT";

    /** A trigger named as the topic of something else: "a resolution on the Niger coup", "talks over the recent strike". */
    private static final Pattern TOPIC_OF = Pattern.compile("\\b(on|over|about|regarding|concerning)\\s+the\\s+"
            + "(?:(?:\\p{Lu}[\\p{L}'’.-]*|military|recent|latest|ongoing|failed|attempted|deadly|alleged)\\s+){0,3}$");
    /** Nouns that a trigger only modifies, naming people or times of a known happening: "coup leaders", "attack victims". */
    private static final Set<String> MODIFIED = Set.of("leader", "leaders", "plotter", "plotters", "victim", "victims",
            "survivor", "survivors", "suspect", "suspects", "aftermath", "anniversary");
    /** Nouns after which a participle trigger describes a state, not a happening: "the ousted president". */
    private static final Set<String> DESCRIBED = Set.of("president", "leader", "prime", "premier", "king", "ruler", "government",
            "regime", "head", "chief", "leaders", "minister");
    /** A sentence this long is body text even without a closing full stop (a lead cut off by the excerpt). */
    private static final int LONG_SENTENCE = 25;
    /** A photo caption: names, then a present participle instead of a finite verb ("President Ana Lind speaking at"). */
    private static final Pattern CAPTION = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*,?\\s+){2,6}\\p{Ll}+ing\\b");
    /** How many sentences from the start a dateline may open the body text (after a title, a standfirst, captions). */
    private static final int DATELINE_REACH = 8;
    /** The support of a meeting the article implies but does not name (see {@link ImpliedConsultation}). */
    private static final double IMPLIED_SUPPORT = LEAD_BONUS * 1.6;
    private static final double IMPLIED_CONFIDENCE = 0.55;

    /** How many words before a trigger a modal may stand ("will soon impose"). */
    private static final int MODAL_REACH = 3;

    /** How many sentences after the lead the type model reads (the main event is reported up front). */
    private static final int CLASSIFIED_AFTER_LEAD = 2;
    /**
     * How much a draft keeps of its cue support whatever the learned type model says of its sentence: support is
     * scaled by this plus the model's probability of the draft's CAMEO class (over the same for a uniform guess).
     * Chosen on the dev sets (0.5: seeds unchanged, devset-mideast type 0.90 to 0.95).
     */
    private static final double CLASS_FLOOR = 0.5;

    private final CueMatcher matcher;
    private final EnglishStemmer stemmer;
    private final EventOntology ontology;
    private final EventTypeClassifier classifier;

    /** A coder by cue patterns alone. */
    public PatternEventCoder(EventOntology ontology, EnglishStemmer stemmer) {
        this(ontology, stemmer, null);
    }

    /**
     * A coder whose choice of the main event weighs the cue support of each trigger in the title, the lead and the
     * sentences just after it by the learned type model's probability of its CAMEO class for that sentence
     * ({@code classifier} null: cue patterns alone).
     */
    public PatternEventCoder(EventOntology ontology, EnglishStemmer stemmer, EventTypeClassifier classifier) {
        this.matcher = new CueMatcher(ontology);
        this.stemmer = stemmer;
        this.ontology = ontology;
        this.classifier = classifier;
    }

    /** A coder with the bundled ontology; a failed outcome only if the bundled resource is missing or broken. */
    public static Outcome<PatternEventCoder> bundled() {
        return from(new OntologyLoader(EnglishStemmer.standard()).bundled());
    }

    /**
     * A coder with the bundled ontology extended by a user file (see {@link OntologyLoader#bundledWith}); an
     * unreadable or invalid file is a failed outcome naming the file and the offending key.
     */
    public static Outcome<PatternEventCoder> withUserOntology(Path userFile) {
        return from(new OntologyLoader(EnglishStemmer.standard()).bundledWith(userFile));
    }

    private static Outcome<PatternEventCoder> from(Outcome<EventOntology> ontology) {
        return switch (ontology) {
            case Outcome.Ok<EventOntology> ok -> Outcome.ok(new PatternEventCoder(ok.value(), EnglishStemmer.standard()));
            case Outcome.Failed<EventOntology> failed -> new Outcome.Failed<>(failed.problem());
        };
    }

    @Override
    public List<EventMention> code(AnnotatedArticle article) {
        String text = article.article().text();
        List<Span> sentences = article.sentences().stream().filter(s -> s.end() <= text.length()).sorted().toList();
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : article.entities()) {
            entities.put(e.id(), e);
        }
        Span dateline = Datelines.span(text, sentences);
        String outlet = article.article().metadata().outletName().orElse(null);
        List<Mention> mentions = article.mentions().stream().filter(m -> m.span().end() <= text.length())
                .filter(m -> dateline == null || !dateline.overlaps(m.span()))
                .filter(m -> !NonActors.excluded(text, m, entities.get(m.entityId()), outlet))
                .sorted(Comparator.comparing(Mention::span)).toList();
        List<Draft> drafts = new ArrayList<>();
        int lead = leadSentence(text, sentences);
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            List<Token> tokens = Token.of(text, sentence, stemmer);
            List<CueMatch> matches = matcher.find(tokens).stream()
                    .filter(m -> !insideQuote(m.span(), article.quotes()))
                    .filter(m -> !negated(tokens, m))
                    .map(m -> intended(tokens, m))
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
                boolean background = background(text, tokens, match) || k > 0 && objectOf(text, tokens, matches.get(k - 1), match);
                if (background) {
                    support *= BACKGROUND_FACTOR;
                }
                drafts.add(draft(text, tokens, sentence, s, match, inSentence, article.quotes(), entities, early, background, support));
            }
        }
        if (drafts.stream().noneMatch(d -> d.type().equals(CONSULT))) {
            implied(text, sentences, mentions, article.quotes(), entities, lead).ifPresent(drafts::add);
        }
        if (drafts.isEmpty()) {
            return List.of();
        }
        drafts = decisionsOverSettings(drafts, lead);
        drafts = weighedByClass(drafts, article, text, sentences, lead);
        Draft main = chooseMain(drafts, lead);
        LocalDate published = article.article().metadata().publishedDate().orElse(null);
        List<Timex> timexes = dayLevel(article.timexes());
        Timex leadDate = lead < 0 ? null : nearestTimex(timexes, sentences.get(lead), sentences.get(lead), published, null);
        String datelinePlace = Datelines.place(article, sentences, entities);
        String leadCountry = lead < 0 ? null : mentions.stream()
                .filter(m -> sentences.get(lead).contains(m.span()) && m.type() == EntityType.GPE && ActorRoles.isCountry(m, entities))
                .findFirst().map(m -> entities.get(m.entityId()).canonical()).orElse(null);
        List<EventMention> out = new ArrayList<>();
        for (Draft d : drafts) {
            Span sentence = d.sentence();
            LocalDate notBefore = d == main && published != null ? published.minusDays(RECENT_DAYS) : null;
            Timex dated = triggerTimex(text, timexes, d, published, notBefore);
            boolean sameHappening = d == main || d.type().equals(main.type()) && d.sentenceIndex() <= Math.max(lead, 0) + 1;
            if (dated == null && sameHappening) {
                boolean ownIsLead = lead >= 0 && sentences.get(lead).equals(sentence);
                dated = d != main ? leadDate : lead < 0 || ownIsLead ? null
                        : nearestTimex(timexes, sentences.get(lead), sentences.get(lead), published, notBefore);
            }
            for (int k = Math.max(lead, 0) + 1; dated == null && d == main && k <= lead + FOLLOWING_SENTENCES && k < sentences.size(); k++) {
                dated = nearestTimex(timexes, sentences.get(k), sentences.get(k), published, notBefore);
            }
            TimeValue date = dated == null ? null : MidnightRollover.apply(text, sentence, dated.span(), dated.value());
            if (date == null && d == main && d.sentenceIndex() <= Math.max(lead, 0) + FOLLOWING_SENTENCES) {
                date = ReportingDay.read(text, Token.of(text, sentence, stemmer), d.match().span(), timexes,
                        article.quotes(), published).map(r -> (TimeValue) r.day()).orElse(null);
            }
            String place = d == main && plan(d) ? whereAnnounced(drafts, d, datelinePlace).orElse(d.place()) : d.place();
            if (place != null && national(d.type())) {
                place = d.country() != null ? d.country() : place;
            }
            if (place == null && national(d.type())) {
                place = d.country() != null ? d.country() : d.visited();
            }
            if (place == null && d == main) {
                place = datelinePlace;
            }
            if (place == null) {
                place = d.visited();
            }
            if (d == main && !national(d.type())) {
                place = PlaceRefiner.cityFor(place, d.placeMention(), text, sentences, mentions, entities, lead, CITY_SENTENCES, stemmer);
            }
            if (place == null && d == main && !PLACELESS.contains(d.type())) {
                place = PlaceRefiner.city(text, sentences, mentions, entities, lead, CITY_SENTENCES, stemmer);
                if (place == null) {
                    place = d.country() != null ? d.country() : leadCountry;
                }
            }
            out.add(new EventMention(d.type(), d.match().cue().cameo(), d.sourceId(), d.targetId(), date, place,
                    sentence, d.match().span(), d.confidence(), d == main));
        }
        return out;
    }

    private Draft draft(String text, List<Token> tokens, Span sentence, int index, CueMatch found, List<Mention> inSentence,
                        List<Quote> quotes,
                        Map<String, Entity> entities, boolean early, boolean background, double support) {
        ActorRoles.Roles roles = ActorRoles.find(text, tokens, found, inSentence, quotes, entities);
        Mention source = roles.source();
        Mention target = roles.target();
        CueMatch match = opposed(found, source, target, entities);
        String place = roles.place();
        String visited = roles.visited() != null ? roles.visited() : roles.owner();
        double confidence = match.cue().weight()
                + 0.05 * Math.min(3, match.cue().pattern().words() - 1)
                + (source != null ? 0.1 : 0)
                + (target != null ? 0.05 : 0);
        confidence = Math.max(0.05, Math.min(0.99, confidence));
        return new Draft(match, sentence, index, source == null ? null : source.entityId(),
                target == null ? null : target.entityId(), place, roles.placeMention(), visited, roles.country(), confidence, early,
                background, gathering(match.span().of(text)), support * confidence);
    }

    /** Whether a trigger names a gathering: its last word is one of the ontology's settings ("an extraordinary meeting"). */
    private boolean gathering(String trigger) {
        String[] words = trigger.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
        return words.length > 0 && ontology.settings().contains(words[words.length - 1]);
    }

    /** Whether the mention is a plan: an intent to meet or visit ("will travel to Beijing in October"). */
    private boolean plan(Draft d) {
        EventOntology.Intent toMeet = ontology.intents().get(CONSULT);
        return toMeet != null && toMeet.type().equals(d.type()) && java.util.Objects.equals(toMeet.cameo(), d.match().cue().cameo());
    }

    /**
     * Where a plan was announced, which is where the reported event happened (the planned trip's destination is
     * not): the place of a gathering the article names as the occasion ("said at a meeting in Moscow"), the one
     * nearest to the plan's sentence, else the dateline's place; empty if the article names neither.
     */
    private Optional<String> whereAnnounced(List<Draft> drafts, Draft planned, String datelinePlace) {
        Optional<String> gathering = drafts.stream()
                .filter(d -> d.type().equals(CONSULT) && d.gathering() && d.place() != null && !plan(d) && !d.background())
                .min(Comparator.comparingInt(d -> Math.abs(d.sentenceIndex() - planned.sentenceIndex())))
                .map(Draft::place);
        return gathering.or(() -> Optional.ofNullable(datelinePlace));
    }

    /** The match recoded as its type's act between two countries when source and target belong to different ones. */
    private CueMatch opposed(CueMatch match, Mention source, Mention target, Map<String, Entity> entities) {
        EventOntology.Intent recode = ontology.opposed().get(match.cue().type());
        if (recode == null || source == null || target == null) {
            return match;
        }
        Entity a = entities.get(source.entityId());
        Entity b = entities.get(target.entityId());
        if (a == null || b == null || a.country() == null || b.country() == null || a.country().equals(b.country())) {
            return match;
        }
        EventCue cue = match.cue();
        return new CueMatch(new EventCue(recode.type(), recode.cameo(), cue.pattern(), cue.weight(), cue.salience(), cue.origin()),
                match.first(), match.last(), match.span());
    }

    /**
     * The consultation an article implies without naming it (see {@link ImpliedConsultation}), as a draft with the
     * support of one lead mention, or empty.
     */
    private Optional<Draft> implied(String text, List<Span> sentences, List<Mention> mentions, List<Quote> quotes,
                                    Map<String, Entity> entities, int lead) {
        return ImpliedConsultation.find(text, sentences, mentions, quotes, entities).flatMap(x -> {
            EventCue cue = ontology.cues().stream().filter(c -> c.type().equals(CONSULT) && "040".equals(c.cameo()))
                    .findFirst().orElse(null);
            if (cue == null) {
                return Optional.empty();
            }
            int index = sentences.indexOf(x.sentence());
            CueMatch match = new CueMatch(cue, 0, 0, x.trigger());
            return Optional.of(new Draft(match, x.sentence(), index, x.source().entityId(), x.target().entityId(), null, null,
                    null, null, IMPLIED_CONFIDENCE, index <= lead, false, false, IMPLIED_SUPPORT * IMPLIED_CONFIDENCE));
        });
    }

    /**
     * A gathering ("the summit", "an extraordinary meeting", the talks held there) is the setting of what was decided
     * there: when the lead or the sentence after it reports an act of a decisive type (not background), that act is
     * the news. Consultations and gathering nouns then count as background, and a decision in the sentence after the
     * lead counts as the lead does. Articles without such a decision are left as they are.
     */
    private List<Draft> decisionsOverSettings(List<Draft> drafts, int lead) {
        int window = Math.max(lead, 0) + 1;
        boolean decided = drafts.stream().anyMatch(d -> ontology.decisions().contains(d.type()) && !d.background()
                && d.sentenceIndex() <= window);
        if (!decided) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            boolean setting = !d.background() && (d.type().equals(CONSULT) || d.gathering());
            if (setting) {
                out.add(d.withSupport(d.support() * BACKGROUND_FACTOR));
            } else if (ontology.decisions().contains(d.type()) && !d.background() && !d.early() && d.sentenceIndex() == window) {
                out.add(d.withSupport(d.support() * LEAD_BONUS));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Each draft of the title, the lead and the {@value #CLASSIFIED_AFTER_LEAD} sentences after it weighed by the
     * learned type model: its support is scaled by {@link #CLASS_FLOOR} plus the probability the model gives its
     * sentence (the title and lead sentence together for the lead) of the draft's CAMEO class, over the same for
     * a uniform guess. Drafts further on, without a CAMEO code, or without a model keep their support.
     */
    private List<Draft> weighedByClass(List<Draft> drafts, AnnotatedArticle article, String text, List<Span> sentences, int lead) {
        if (classifier == null) {
            return drafts;
        }
        Map<Integer, double[]> bySentence = new HashMap<>();
        String title = article.article().metadata().titleText().map(String::strip).orElse("");
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            java.util.Optional<CameoClass> c = CameoClass.of(d.match().cue().cameo());
            if (c.isEmpty() || d.sentenceIndex() > Math.max(lead, 0) + CLASSIFIED_AFTER_LEAD) {
                out.add(d);
                continue;
            }
            double[] p = bySentence.computeIfAbsent(d.sentenceIndex(), k -> {
                String own = sentences.get(k).of(text).strip();
                String input = k == lead && !title.isEmpty() && !own.startsWith(title) ? title + ". " + own : own;
                return classifier.probabilities(input).orElse(null);
            });
            if (p == null) {
                out.add(d);
                continue;
            }
            double uniform = 1.0 / p.length;
            out.add(d.withSupport(d.support() * (CLASS_FLOOR + p[c.get().ordinal()]) / (CLASS_FLOOR + uniform)));
        }
        return out;
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

    /**
     * The lead: the first sentence that reads like body text (at least eight words and ends like a sentence, or at
     * least {@value #LONG_SENTENCE} words: a lead cut off mid-sentence) and not like a photo caption ("President Ana
     * Lind speaking at the summit in Riga on May 4."), or a later sentence that opens with a dateline ("DETROIT –"),
     * since a dateline marks where the story starts after a title, a standfirst and captions.
     */
    private int leadSentence(String text, List<Span> sentences) {
        int lead = sentences.isEmpty() ? -1 : 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).of(text).strip();
            int words = s.split("\\s+").length;
            if ((words >= 8 && s.matches("(?s).*[.!?\"”’]$") || words >= LONG_SENTENCE) && !CAPTION.matcher(s).lookingAt()) {
                lead = i;
                break;
            }
        }
        return Math.max(lead, Datelines.index(text, sentences, DATELINE_REACH));
    }

    /**
     * The day-like time expression in {@code within} nearest to {@code anchor}, or null. Days after the publication
     * date are skipped: they name a plan ("will visit on March 20"), not the reported happening.
     */
    private static Timex nearestTimex(List<Timex> timexes, Span within, Span anchor, LocalDate published, LocalDate notBefore) {
        return timexes.stream()
                .filter(t -> within.contains(t.span()))
                .filter(t -> dayLike(t.value()))
                .filter(t -> published == null || !firstDay(t.value()).isAfter(published))
                .filter(t -> recent(t.value(), notBefore))
                .min(Comparator.comparingInt(t -> ActorRoles.distance(t.span(), anchor)))
                .orElse(null);
    }

    /**
     * The date of the trigger's own sentence: the day-like time expression nearest to the trigger that no clause
     * marker ("ahead of a summit on Tuesday", "crashed on Thursday after ... reported") ties to another happening.
     * A bare weekday the time layer read forward ("arrived in Riga on Tuesday, where he is due to ...") is read
     * back to the latest such day on or before publication when the trigger is in the past tense.
     */
    private Timex triggerTimex(String text, List<Timex> timexes, Draft d, LocalDate published, LocalDate notBefore) {
        Span trigger = d.match().span();
        List<Timex> own = new ArrayList<>();
        for (Timex t : timexes) {
            if (!d.sentence().contains(t.span()) || !dayLike(t.value()) || separated(text, t.span(), trigger)) {
                continue;
            }
            TimeValue value = t.value();
            if (published != null && value instanceof TimeValue.Day day && day.date().isAfter(published)
                    && BARE_WEEKDAY.matcher(t.span().of(text)).matches() && pastTense(trigger.of(text))) {
                LocalDate back = day.date();
                while (back.isAfter(published)) {
                    back = back.minusWeeks(1);
                }
                value = new TimeValue.Day(back);
            }
            own.add(new Timex(t.span(), value, t.rule()));
        }
        return nearestTimex(own, d.sentence(), trigger, published, notBefore);
    }

    /** Whether a clause marker between the two spans ties the time expression to another happening. */
    private static boolean separated(String text, Span timex, Span trigger) {
        int from = Math.min(timex.end(), trigger.end());
        int to = Math.max(timex.start(), trigger.start());
        if (from >= to) {
            return false;
        }
        return SEPARATOR.matcher(text.substring(from, to).toLowerCase(Locale.ROOT)).find();
    }

    private boolean pastTense(String trigger) {
        String first = trigger.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return first.endsWith("ed") || IRREGULAR_PAST.contains(first);
    }

    /** Whether a resolved day lies on or after {@code notBefore}; unresolved values and a null bound pass. */
    private static boolean recent(TimeValue value, LocalDate notBefore) {
        if (notBefore == null) {
            return true;
        }
        return switch (value) {
            case TimeValue.Day d -> !d.date().isBefore(notBefore);
            case TimeValue.Range r -> !r.first().isBefore(notBefore);
            default -> true;
        };
    }

    private static boolean national(String type) {
        return NATIONAL.contains(type);
    }

    private static LocalDate firstDay(TimeValue value) {
        return switch (value) {
            case TimeValue.Day d -> d.date();
            case TimeValue.Range r -> r.first();
            default -> LocalDate.MIN;
        };
    }

    /** The time expressions with a clock time or part of a known day ("Tuesday evening") read as that day. */
    private static List<Timex> dayLevel(List<Timex> timexes) {
        return timexes.stream()
                .map(t -> t.value() instanceof TimeValue.DateTime || t.value() instanceof TimeValue.DayPart
                        ? new Timex(t.span(), new TimeValue.Day(t.value().day().orElseThrow()), t.rule()) : t)
                .toList();
    }

    private static boolean dayLike(TimeValue value) {
        return value instanceof TimeValue.Day || value instanceof TimeValue.UnresolvedWeekday
                || value instanceof TimeValue.UnresolvedMonthDay || value instanceof TimeValue.Range;
    }

    /** The match recoded as its type's intent when a modal stands shortly before it ("will impose a curfew"). */
    private CueMatch intended(List<Token> tokens, CueMatch match) {
        EventOntology.Intent intent = ontology.intents().get(match.cue().type());
        if (intent == null) {
            return match;
        }
        for (int i = Math.max(0, match.first() - MODAL_REACH); i < match.first(); i++) {
            if (ontology.modals().contains(tokens.get(i).lower())) {
                EventCue cue = match.cue();
                EventCue recoded = new EventCue(intent.type(), intent.cameo(), cue.pattern(), cue.weight(), cue.salience(), cue.origin());
                return new CueMatch(recoded, match.first(), match.last(), match.span());
            }
        }
        return match;
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

    /**
     * Whether the words around the trigger mark it as background: "days after a drone strike", "since the coup", "a
     * resolution on the Niger coup" (its topic), "the coup leaders" (a noun it modifies), "the ousted president" (a
     * state it describes).
     */
    private static boolean background(String text, List<Token> tokens, CueMatch match) {
        for (int i = Math.max(0, match.first() - 4); i < match.first(); i++) {
            if (BACKGROUND.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        int sentenceStart = tokens.getFirst().span().start();
        String before = text.substring(Math.max(sentenceStart, match.span().start() - 80), match.span().start());
        if (TOPIC_OF.matcher(before).find()) {
            return true;
        }
        if (match.last() + 1 < tokens.size()) {
            Token next = tokens.get(match.last() + 1);
            boolean adjacent = text.substring(match.span().end(), next.span().start()).isBlank();
            String last = tokens.get(match.last()).lower();
            boolean participle = last.endsWith("ed") || IRREGULAR_PAST.contains(last);
            return adjacent && (MODIFIED.contains(next.lower()) || participle && match.first() == match.last()
                    && DESCRIBED.contains(next.lower()));
        }
        return false;
    }

    private record Draft(CueMatch match, Span sentence, int sentenceIndex, String sourceId, String targetId, String place,
                         Mention placeMention, String visited, String country, double confidence, boolean early,
                         boolean background, boolean gathering, double support) {
        String type() {
            return match.cue().type();
        }

        Draft withSupport(double value) {
            return new Draft(match, sentence, sentenceIndex, sourceId, targetId, place, placeMention, visited, country, confidence,
                    early, background, gathering, value);
        }
    }
}
