package org.newsgraph.pipeline.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.annotate.tagging.Token;

/**
 * One pass of {@link NewsEntityRecognizer} over one article: known names first (the knowledge tables win over the
 * statistical tagger), then the tagger's names, their repetitions, acronyms, people grouped by name keys, role
 * descriptions and pronouns. Not thread-safe; created per call.
 */
final class ArticleReading {

    private static final Set<String> REGIONS = Set.of("region", "province", "governorate", "district", "county",
            "state", "prefecture", "oblast", "valley", "peninsula", "bay", "estate", "station", "airport", "port",
            "camp", "base", "crossing", "square", "hotel");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th");
    /** Heads of names of recurring meetings, whose "for ..." tail and ordinal the id leaves out. */
    private static final Set<String> MEETINGS = Set.of("forum", "summit", "conference", "congress", "dialogue");

    final String text;
    final List<Token> tokens;
    final Knowledge knowledge;
    final List<Candidate> candidates = new ArrayList<>();
    final List<Candidate> outlets = new ArrayList<>();
    final Map<Candidate, EntityDraft> links = new IdentityHashMap<>();
    final Map<Candidate, Candidate> acronymOf = new IdentityHashMap<>();
    final List<EntityDraft> drafts = new ArrayList<>();
    final List<Mention> extraMentions = new ArrayList<>();
    final List<EntityDraft> extraOwners = new ArrayList<>();

    ArticleReading(String text, List<Token> tokens, Knowledge knowledge) {
        this.text = text;
        this.tokens = tokens;
        this.knowledge = knowledge;
    }

    EntityLayer run() {
        new KnownNameFinder(this).find();
        organs = new OrganFinder(this);
        organs.find();
        findTaggedNames();
        findRepetitions();
        findParentheticalAcronyms();
        candidates.sort(Comparator.comparingInt(Candidate::first).thenComparingInt(c -> -c.length()));
        typeOfSurface = majorityTypes();
        linkPeople();
        linkKnownAndOrganisations();
        PersonDescriptions people = new PersonDescriptions(this);
        people.describe();
        new OrganisationDescriptions(this, people.used).describe();
        new RulerDescriptions(this, people.used).describe();
        linkPronouns();
        return output();
    }

    // ---- tokens -------------------------------------------------------------------------------------------

    String word(int i) {
        return tokens.get(i).text();
    }

    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    boolean sameSentence(int i, int j) {
        return tokens.get(i).sentence() == tokens.get(j).sentence();
    }

    String surface(int first, int last) {
        return Knowledge.normalise(text.substring(tokens.get(first).start(), tokens.get(last - 1).end()));
    }

    Span span(int first, int last) {
        return new Span(tokens.get(first).start(), tokens.get(last - 1).end());
    }

    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || w.equals("s");
    }

    /** The candidate that covers token {@code i}, preferring the longest, or {@code null}. */
    Candidate candidateAt(int i) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.first() <= i && i < c.last() && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    // ---- finding ------------------------------------------------------------------------------------------

    private void findTaggedNames() {
        int n = tokens.size();
        for (int i = 0; i < n; ) {
            String label = tokens.get(i).ner();
            EntityType type = typeOf(label);
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && tokens.get(j).ner().equals(label) && sameSentence(i, j)) {
                j++;
            }
            if (type != EntityType.PERSON && j - i == 1 && j + 2 < n && word(j).equals("and") && sameSentence(i, j + 1)
                    && tokens.get(j + 1).capitalised() && !tokens.get(j + 1).ner().equals("PERSON")) {
                // "Silk and Spice Forum": one name the tagger split at "and"
                String next = tokens.get(j + 1).ner();
                int k = j + 1;
                while (k < n && sameSentence(i, k) && (next.equals(Token.OUTSIDE) ? tokens.get(k).capitalised()
                        && tokens.get(k).ner().equals(Token.OUTSIDE) : tokens.get(k).ner().equals(next))) {
                    k++;
                }
                EntityType joined = typeOf(next);
                type = joined != null ? joined : type;
                j = k;
            }
            int title = type == EntityType.PERSON ? -1 : innerTitle(i, j);
            int in = innerLocative(i, j);
            if (title > 0) {
                addTagged(i, title, type); // "Kandra District Collector X": the district, then the collector
                addTagged(title, j, EntityType.PERSON);
            } else if (in > 0) {
                addTagged(i, in, type); // "Marisol Estate in Brenton": the estate, then the place
                addTagged(in + 1, j, EntityType.LOC);
            } else {
                addTagged(i, j, type);
            }
            i = j;
        }
    }

    /**
     * A lower-case "in", "at" or "near" inside a tagged name, between capitalised words, where the tagger ran a
     * place into a name ("Marisol Old Mill & Garden in Brenton"); -1 when there is none.
     */
    private int innerLocative(int first, int last) {
        for (int t = first + 1; t < last - 1; t++) {
            String w = word(t);
            if ((w.equals("in") || w.equals("at") || w.equals("near")) && tokens.get(t - 1).capitalised()
                    && tokens.get(t + 1).capitalised()) {
                return t;
            }
        }
        return -1;
    }

    /**
     * A capitalised title inside a tagged name, after its first word and before a name ("Kandra District
     * Collector Amit Rao"), where the tagger ran a place and a person together; -1 when there is none.
     */
    private int innerTitle(int first, int last) {
        if (titleCaseSentence(first)) {
            return -1; // a headline in title case: "Harbour Chief Slams New Port Fees"
        }
        for (int t = first + 1; t < last - 1; t++) {
            if (tokens.get(t).capitalised() && knowledge.isTitle(word(t)) && word(t).length() > 3
                    && tokens.get(t + 1).capitalised() && !knowledge.isTitle(word(last - 1))
                    && !lower(t - 1).equals("of") && !lower(t - 1).equals("the")) {
                return t;
            }
        }
        return -1;
    }

    private static EntityType typeOf(String label) {
        return switch (label) {
            case "PERSON", "PER" -> EntityType.PERSON;
            case "ORGANIZATION", "ORG" -> EntityType.ORG;
            case "LOCATION", "LOC" -> EntityType.LOC;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    private void addTagged(int first, int last, EntityType tagged) {
        EntityType type = tagged;
        int i = first;
        int j = last;
        boolean titled = false;
        while (i < j && strippableTitle(i, type)) {
            titled = true;
            i++;
        }
        while (i < j && (lower(i).equals("the") || !Character.isLetterOrDigit(word(i).codePointAt(0)))) {
            i++;
        }
        while (j > i && (isPossessive(word(j - 1)) || !Character.isLetterOrDigit(word(j - 1).codePointAt(0))
                || Character.isLowerCase(word(j - 1).codePointAt(0)))) {
            j--;
        }
        if (i >= j || !tokens.get(i).capitalised() && !Character.isDigit(word(i).codePointAt(0))) {
            return;
        }
        if (type != EntityType.PERSON && i >= 2 && word(i - 1).equals("and") && sameSentence(i - 2, i)
                && tokens.get(i - 2).capitalised() && tokens.get(i - 2).ner().equals(Token.OUTSIDE)
                && knowledge.lookup(word(i - 2)).isEmpty() && (i < 3 || !sameSentence(i - 3, i)
                || !tokens.get(i - 3).capitalised() || ORDINALS.contains(lower(i - 3)))) {
            i -= 2; // "Silk and Spice Forum" where the tagger left "Silk" out
        }
        if (type != EntityType.PERSON && i >= 1 && sameSentence(i - 1, i) && ORDINALS.contains(lower(i - 1))
                && (tokens.get(i - 1).capitalised() || Character.isDigit(word(i - 1).codePointAt(0)))) {
            i--; // "Third Silk and Spice Forum", "3rd Silk and Spice Forum"
        }
        if (type != EntityType.PERSON && j < tokens.size() && sameSentence(i, j) && MEETINGS.contains(word(j))) {
            j++; // "the Silk and Spice forum": the meeting's name with its head in lower case
            type = EntityType.ORG;
        }
        if (j - i == 1 && knowledge.isCommonAcronym(word(i))) {
            return; // "the GPU maker": a common noun
        }
        if (modifierSuffix(j)) {
            return; // "Dana Voss-led", "Brenton-based": a modifier, not a mention of the name
        }
        if (type == EntityType.PERSON && byline(i)) {
            return; // reporters are not entities of the story
        }
        if (type != EntityType.PERSON && j - i >= 4 && titleCaseSentence(i)) {
            return; // a headline in title case: the tagger's long names there are mostly headline words
        }
        if (titled && type != EntityType.PERSON) {
            type = EntityType.PERSON;
        }

        Candidate c = new Candidate(i, j, span(i, j), surface(i, j), type, MentionKind.NAME, null);
        for (Candidate k : outlets) {
            if (k.covers(c) || (c.overlaps(k) && !c.covers(k))) {
                return;
            }
        }
        boolean[] known = new boolean[j - i];
        Candidate leading = null;
        for (Candidate k : List.copyOf(candidates)) {
            if (k.known() == null) {
                continue;
            }
            if (k.covers(c)) {
                return;
            }
            if (c.overlaps(k) && !c.covers(k)) {
                if (k.first() > i) {
                    addTagged(i, k.first(), tagged);
                }
                if (k.last() < j) {
                    // "Prime Minister of the Republic of Ruritania Pavel Orlov" tagged as one place
                    addTagged(k.last(), j, titleBefore(k.first()) ? EntityType.PERSON : tagged);
                }
                return;
            }
            if (c.covers(k)) {
                for (int t = k.first(); t < k.last(); t++) {
                    known[t - i] = true;
                }
                if (k.first() == i && k.type() == EntityType.ORG && (leading == null || k.length() > leading.length())) {
                    leading = k;
                }
            }
        }
        boolean onlyKnown = true;
        for (int t = i; t < j; t++) {
            onlyKnown &= known[t - i] || isPossessive(word(t)) || !Character.isLetterOrDigit(word(t).codePointAt(0))
                    || (t > i && known[0] && CORPORATE.contains(lower(t))); // "Lumen Gaming, Inc."
        }
        if (onlyKnown) {
            if (leading != null && leading.last() + 1 < j && lower(leading.last()).equals("of")) {
                // "Supreme Defence Council of Ruritania": the known body, named with its country
                KnownName body = leading.known();
                Candidate country = candidateAt(j - 1);
                if (country != null && country.known() != null && body.entity().country() != null
                        && body.entity().country().equals(country.known().entity().country())) {
                    candidates.add(new Candidate(i, j, span(i, j), surface(i, j), EntityType.ORG, MentionKind.NAME, body));
                }
            }
            return;
        }
        if (type == EntityType.PERSON && j - i == 1 && isAcronym(word(i)) && word(i).length() > 3) {
            return;
        }
        candidates.add(c);
    }

    /**
     * Whether the sentence of token {@code i} is a headline in title case: most of its words capitalised and no
     * closing full stop.
     */
    private boolean titleCaseSentence(int i) {
        int sentence = tokens.get(i).sentence();
        int words = 0;
        int capitalised = 0;
        for (int t = i; t >= 0 && tokens.get(t).sentence() == sentence; t--) {
            if (Character.isLetter(word(t).codePointAt(0)) && word(t).length() > 3) {
                words++;
                capitalised += tokens.get(t).capitalised() ? 1 : 0;
            }
        }
        for (int t = i + 1; t < tokens.size() && tokens.get(t).sentence() == sentence; t++) {
            if (Character.isLetter(word(t).codePointAt(0)) && word(t).length() > 3) {
                words++;
                capitalised += tokens.get(t).capitalised() ? 1 : 0;
            }
        }
        int last = i;
        while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == sentence) {
            last++;
        }
        boolean statement = word(last).equals(".") || word(last).equals("?") || word(last).equals("!");
        return !statement && words >= 4 && capitalised * 10 >= words * 8;
    }

    /**
     * Whether the name at token {@code i} signs the article: "By X" at the start of a line, "Reporting by X",
     * "Editing by X", "Writing by X", or a further name in such a list ("Reporting by X and Y; ...").
     */
    private boolean byline(int i) {
        for (int t = i - 1; t >= 0 && t >= i - 8 && sameSentence(t, i); t--) {
            String w = lower(t);
            if (w.equals("by")) {
                boolean lineStart = t == 0 || text.substring(tokens.get(t - 1).end(), tokens.get(t).start()).contains("\n");
                String before = t > 0 && sameSentence(t - 1, t) ? lower(t - 1) : "";
                return lineStart || before.equals("reporting") || before.equals("editing") || before.equals("writing")
                        || before.equals("additional") || before.equals("(");
            }
            if (!(tokens.get(t).capitalised() || w.equals("and") || w.equals(",") || w.equals(";"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the name ending before token {@code j} is glued to a lower-case word by a hyphen ("-led"). */
    private boolean modifierSuffix(int j) {
        String last = word(j - 1);
        int dash = last.lastIndexOf('-');
        if (dash > 0 && dash + 1 < last.length() && Character.isLowerCase(last.charAt(dash + 1))) {
            return true;
        }
        return j + 1 < tokens.size() && word(j).equals("-") && tokens.get(j).start() == tokens.get(j - 1).end()
                && Character.isLowerCase(word(j + 1).codePointAt(0));
    }

    /** Whether a title word stands among the few tokens before {@code i} in its sentence. */
    private boolean titleBefore(int i) {
        for (int t = i - 1; t >= 0 && t >= i - 6 && sameSentence(t, i); t--) {
            if (knowledge.isTitle(word(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title at the start of a tagged name: any title before a person; before other names only short ranks and
     * honorifics ("Col", "Maj", "Mr"), since "General Dynamics" is not General Dynamics the officer.
     */
    private boolean strippableTitle(int i, EntityType type) {
        String w = word(i);
        boolean title = knowledge.isTitle(w) || knowledge.isTitle(w.replace(".", ""));
        if (!title) {
            return false;
        }
        return type == EntityType.PERSON || w.replace(".", "").length() <= 3;
    }

    static boolean hasUpperCase(String w) {
        return w.chars().anyMatch(Character::isUpperCase);
    }

    static boolean isAcronym(String w) {
        String letters = w.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 8
                && letters.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
                && letters.chars().anyMatch(Character::isLetter);
    }

    /** Later repetitions of a name the tagger recognised once, and bare surnames of full names. */
    private void findRepetitions() {
        Map<String, List<Candidate>> forms = new LinkedHashMap<>();
        for (Candidate c : List.copyOf(candidates)) {
            if (c.known() != null) {
                continue;
            }
            forms.computeIfAbsent(c.surface(), k -> new ArrayList<>()).add(c);
            if (c.type() == EntityType.PERSON && c.length() >= 2) {
                for (Candidate part : nameEnds(c)) {
                    forms.computeIfAbsent(part.surface(), k -> new ArrayList<>()).add(part);
                }
            }
            if (c.type() == EntityType.ORG && c.length() >= 3) {
                for (Candidate part : facilityEnds(c)) {
                    forms.computeIfAbsent(part.surface(), k -> new ArrayList<>()).add(part);
                }
            }
        }
        boolean[] taken = new boolean[tokens.size()];
        for (Candidate c : candidates) {
            for (int t = c.first(); t < c.last(); t++) {
                taken[t] = true;
            }
        }
        for (Candidate c : outlets) {
            for (int t = c.first(); t < c.last(); t++) {
                taken[t] = true;
            }
        }
        List<Map.Entry<String, List<Candidate>>> ordered = new ArrayList<>(forms.entrySet());
        ordered.sort(Comparator.comparingInt((Map.Entry<String, List<Candidate>> e) -> -e.getValue().get(0).length()));
        for (Map.Entry<String, List<Candidate>> e : ordered) {
            Candidate model = e.getValue().get(0);
            int len = model.length();
            for (int i = 0; i + len <= tokens.size(); i++) {
                boolean free = true;
                for (int t = i; t < i + len && free; t++) {
                    free = !taken[t];
                }
                String found = surface(i, i + len);
                boolean capitals = len == 1 && model.type() == EntityType.PERSON && e.getKey().length() >= 4
                        && found.equals(e.getKey().toUpperCase(Locale.ROOT)) && !found.equals(e.getKey());
                if (!free || !sameSentence(i, i + len - 1) || !(found.equals(e.getKey()) || capitals)) {
                    continue;
                }
                // "DIALLO" in capitals is the same name as "Diallo"
                candidates.add(new Candidate(i, i + len, span(i, i + len), found, model.type(), MentionKind.NAME, null));
                for (int t = i; t < i + len; t++) {
                    taken[t] = true;
                }
            }
        }
    }

    /** The first and the last word of a person's name as candidates of their own ("Xi", "Ruiz-Tagle"). */
    private List<Candidate> nameEnds(Candidate c) {
        List<Candidate> parts = new ArrayList<>();
        String[] words = c.surface().split(" ");
        if (words.length < 2) {
            return parts;
        }
        String firstWord = words[0];
        String lastWord = words[words.length - 1];
        if (words.length >= 3 && NameKeys.isParticle(words[words.length - 2])) {
            lastWord = words[words.length - 2] + " " + lastWord; // "da Costa"
        }
        for (int t = c.first(); t < c.last(); t++) {
            if (t > c.first() && tokens.get(t).start() == c.span().end() - lastWord.length() && lastWord.length() >= 3
                    && !NameKeys.isParticle(lastWord) && hasUpperCase(lastWord)) {
                parts.add(new Candidate(t, c.last(), span(t, c.last()), lastWord, EntityType.PERSON, MentionKind.NAME, null));
            }
            if (t < c.last() - 1 && tokens.get(t).end() == c.span().start() + firstWord.length() && firstWord.length() >= 2
                    && !knowledge.isTitle(firstWord) && Character.isUpperCase(firstWord.codePointAt(0))) {
                parts.add(new Candidate(c.first(), t + 1, span(c.first(), t + 1), firstWord, EntityType.PERSON, MentionKind.NAME, null));
            }
        }
        return parts;
    }

    /**
     * The shorter ends of a facility's name, two words or more and ending with the facility word, that an
     * article also uses alone ("Lakeside Assembly Complex" for "Orion Lakeside Assembly Complex").
     */
    private List<Candidate> facilityEnds(Candidate c) {
        List<Candidate> parts = new ArrayList<>();
        String last = lower(c.last() - 1);
        if (!FACILITIES.contains(last)) {
            return parts;
        }
        for (int t = c.first() + 1; t <= c.last() - 2; t++) {
            boolean name = true;
            for (int u = t; u < c.last() && name; u++) {
                name = tokens.get(u).capitalised();
            }
            if (name) {
                parts.add(new Candidate(t, c.last(), span(t, c.last()), surface(t, c.last()), EntityType.ORG, MentionKind.NAME, null));
            }
        }
        return parts;
    }

    /** "National Council for the Renewal of the Republic (NCRR)": the acronym names the preceding entity. */
    private void findParentheticalAcronyms() {
        for (Candidate c : List.copyOf(candidates)) {
            if (c.type() == EntityType.PERSON || c.type() == EntityType.GPE || c.kind() == MentionKind.DEMONYM) {
                continue;
            }
            int open = c.last();
            if (open + 2 < tokens.size() && word(open).equals("(") && word(open + 2).equals(")")
                    && isAcronym(word(open + 1)) && candidateAt(open + 1) == null) {
                Candidate acronym = new Candidate(open + 1, open + 2, span(open + 1, open + 2), word(open + 1),
                        c.type(), MentionKind.ACRONYM, c.known());
                candidates.add(acronym);
                acronymOf.put(acronym, c);
            }
        }
        // acronyms the tagger did not label, for organisations named in full elsewhere in the article
        for (int i = 0; i < tokens.size(); i++) {
            if (isAcronym(word(i)) && word(i).replace(".", "").length() >= 3 && candidateAt(i) == null
                    && !knowledge.isOutlet(word(i)) && !knowledge.isCommonAcronym(word(i))) {
                String letters = word(i).replace(".", "");
                for (Candidate c : List.copyOf(candidates)) {
                    if (c.type() != EntityType.PERSON && c.known() == null && c.length() >= 2
                            && initials(c.surface()).equals(letters)) {
                        Candidate acronym = new Candidate(i, i + 1, span(i, i + 1), word(i), c.type(), MentionKind.ACRONYM, null);
                        candidates.add(acronym);
                        acronymOf.put(acronym, c);
                        break;
                    }
                }
            }
        }
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || Set.of("of", "the", "and", "for", "&", "in", "on", "de", "du", "des", "la", "le").contains(w)) {
                continue;
            }
            if (Character.isUpperCase(w.codePointAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    // ---- linking ------------------------------------------------------------------------------------------

    private static final Set<String> CORPORATE = Set.of("inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.",
            "limited", "llc", "plc", "co", "co.", "ag", "sa", "se", "nv", "group", "holdings");
    private static final Set<String> FACILITIES = Set.of("assembly", "plant", "factory", "complex", "station",
            "airport", "port", "hospital", "university", "stadium", "mine", "refinery", "base", "terminal");

    /** Words that end a facility's name after the facility word itself ("Assembly Complex", "Assembly Plant"). */
    private static final Set<String> FACILITY_HEADS = Set.of("complex", "plant", "factory", "site");

    private Map<String, EntityType> typeOfSurface = Map.of();
    private OrganFinder organs;

    private void linkKnownAndOrganisations() {
        Map<String, EntityDraft> byId = new HashMap<>();
        List<Candidate> unknown = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.known() == null && typeOfSurface.getOrDefault(c.surface(), c.type()) == EntityType.PERSON) {
                continue;
            }
            if (c.known() == null && acronymOf.get(c) == null && !(isAcronym(c.surface()) && findByInitials(c.surface()) != null)) {
                unknown.add(c);
                continue;
            }
            EntityDraft draft;
            Candidate full = acronymOf.get(c);
            if (full != null && links.containsKey(full)) {
                draft = links.get(full);
            } else if (c.known() != null) {
                KnownEntity k = c.known().entity();
                draft = byId.computeIfAbsent(k.id(), id -> newDraft(k.type(), id, k.canonical(), k.country()));
            } else if (full != null) {
                unknown.add(c);
                continue;
            } else {
                draft = findByInitials(c.surface());
            }
            link(c, draft);
            addDeterminerForms(c, draft);
            String organ = organs.organOnly.get(c);
            if (organ != null) {
                draft.aliases.add(organ); // "Council of Ministers" in "the CLS Council of Ministers"
            }
        }
        // unknown names: longest first, so that "Orion" joins "Orion Inc." and "Lakeside Assembly" joins
        // "Orion Lakeside Assembly"
        unknown.sort(Comparator.comparingInt((Candidate c) -> -c.surface().split(" ").length).thenComparingInt(Candidate::first));
        List<EntityDraft> names = new ArrayList<>();
        for (Candidate c : unknown) {
            EntityType type = typeOfSurface.getOrDefault(c.surface(), c.type());
            if (type == EntityType.PERSON || links.containsKey(c)) {
                continue;
            }
            EntityDraft person = personNamed(c.surface());
            if (person != null) {
                link(c, person);
                continue;
            }
            Candidate full = acronymOf.get(c);
            EntityDraft draft = full != null ? links.get(full) : null;
            String name = stripArticle(c.surface());
            if (draft == null && isAcronym(name)) {
                draft = findByInitials(name);
            }
            String composite = draft == null ? compositeKey(c) : null;
            if (composite != null) {
                // "CLS Commission" and "Commission of the Coastal League of States"
                String id = "name:" + composite;
                EntityType t = type;
                draft = byId.computeIfAbsent(id, key -> newDraft(t, key, name, null));
                if (!names.contains(draft)) {
                    names.add(draft);
                }
            }
            if (draft == null) {
                for (EntityDraft d : names) {
                    if (partOf(name, d.canonical, type)) {
                        draft = d;
                        break;
                    }
                }
            }
            if (draft == null) {
                // the tagger's class for an unknown name varies between articles; the id does not depend on it
                String id = "name:" + NameKeys.slug(singularHead(withoutMeetingParts(withoutPlaceWord(withoutCorporateSuffix(name)))));
                EntityType t = type;
                draft = byId.computeIfAbsent(id, key -> newDraft(t, key, name, null));
                if (!names.contains(draft)) {
                    names.add(draft);
                }
            }
            link(c, draft);
            addDeterminerForms(c, draft);
            if (!isAcronym(name) && name.split(" ").length < draft.id.split("-").length
                    && draft.id.indexOf(':') == draft.id.lastIndexOf(':')) {
                // the id follows the shortest full form ("Tarsa" for "Tarsa Inc."), which other articles also use
                String prefix = draft.id.substring(0, draft.id.indexOf(':') + 1);
                String shorter = prefix + NameKeys.slug(singularHead(withoutMeetingParts(withoutPlaceWord(withoutCorporateSuffix(name)))));
                if (shorter.length() < draft.id.length()) {
                    draft.id = shorter;
                }
            }
            if (name.length() > draft.canonical.length() && !isAcronym(name)) {
                draft.canonical = name;
            }
        }
    }

    /** The person of the article whose full name this is (the tagger sometimes calls a person an organisation). */
    private EntityDraft personNamed(String surface) {
        List<String> keys = NameKeys.skeletons(nameWords(surface));
        if (keys.size() < 2) {
            return null;
        }
        for (EntityDraft d : drafts) {
            if (d.type == EntityType.PERSON && d.nameKeys.equals(keys)) {
                return d;
            }
        }
        return null;
    }

    /**
     * For a name that contains a known organisation or country: that entity's slug and the other content words,
     * sorted, so that word order and "of the" do not matter; otherwise {@code null}.
     */
    private String compositeKey(Candidate c) {
        KnownEntity inner = null;
        boolean[] inside = new boolean[c.length()];
        for (Candidate k : candidates) {
            if (k != c && k.known() != null && c.covers(k) && k.length() < c.length()) {
                inner = inner == null ? k.known().entity() : inner;
                for (int t = k.first(); t < k.last(); t++) {
                    inside[t - c.first()] = true;
                }
            }
        }
        if (inner == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int t = c.first(); t < c.last(); t++) {
            String w = NameKeys.fold(word(t));
            if (!inside[t - c.first()] && !w.isEmpty() && !Set.of("of", "the", "and", "for", "s").contains(w)) {
                words.add(w.replace(" ", "")); // "stand-by" and "standby" alike
            }
        }
        if (words.size() > 1 && FACILITY_HEADS.contains(words.get(words.size() - 1)) && words.stream().anyMatch(FACILITIES::contains)
                && !FACILITY_HEADS.contains(words.get(words.size() - 2))) {
            words.remove(words.size() - 1); // "Lakeside Assembly Complex" and "Lakeside Assembly" alike
        }
        if (words.isEmpty()) {
            return null;
        }
        java.util.Collections.sort(words);
        return NameKeys.slug(inner.canonical()) + "-" + String.join("-", words);
    }

    /** The type most often given to each unknown surface in this article (the tagger is not consistent). */
    private Map<String, EntityType> majorityTypes() {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.known() == null) {
                votes.computeIfAbsent(c.surface(), k -> new java.util.EnumMap<>(EntityType.class)).merge(c.type(), 1, Integer::sum);
            }
        }
        Map<String, EntityType> out = new HashMap<>();
        votes.forEach((surface, v) -> out.put(surface, v.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<EntityType, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElseThrow()));
        // "Dana Voss" tagged as an organisation where "Voss" alone is tagged as a person
        for (Map.Entry<String, EntityType> e : out.entrySet()) {
            String[] words = e.getKey().split(" ");
            if (e.getValue() != EntityType.PERSON && words.length >= 2 && words.length <= 3
                    && out.get(words[words.length - 1]) == EntityType.PERSON
                    && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
                e.setValue(EntityType.PERSON);
            }
        }
        return out;
    }

    /** Whether a shorter name is the start or (two words or more) the end of a longer one of the article. */
    private static boolean partOf(String shorter, String longer, EntityType type) {
        if (shorter.equals(longer)) {
            return true;
        }
        List<String> s = List.of(shorter.split(" "));
        List<String> l = List.of(longer.split(" "));
        if (s.size() >= l.size()) {
            return false;
        }
        if (l.subList(0, s.size()).equals(s)) {
            boolean facility = l.subList(s.size(), l.size()).stream()
                    .anyMatch(w -> FACILITIES.contains(w.toLowerCase(Locale.ROOT)))
                    && s.stream().noneMatch(w -> FACILITIES.contains(w.toLowerCase(Locale.ROOT)));
            return !(facility && type == EntityType.ORG);
        }
        return s.size() >= 2 && l.subList(l.size() - s.size(), l.size()).equals(s);
    }

    /**
     * The name of a recurring meeting without its ordinal and its "for ..." tail ("Third Silk and Spice Forum for
     * Regional Trade" is keyed as "Silk and Spice Forum"); other names as they are.
     */
    private static String withoutMeetingParts(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        int head = -1;
        for (int k = 0; k < words.size(); k++) {
            if (MEETINGS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
                head = k;
                break;
            }
        }
        if (head < 1) {
            return name;
        }
        if (head + 1 < words.size() && words.get(head + 1).equalsIgnoreCase("for")) {
            words = new ArrayList<>(words.subList(0, head + 1));
        }
        if (words.size() > 2 && ORDINALS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /** "Marisol Hotel", "Kelso Bay", "Brenton Estate": the place's own name, which articles also use alone. */
    private static String withoutPlaceWord(String name) {
        int space = name.lastIndexOf(' ');
        if (space > 0 && REGIONS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT))
                && !name.substring(0, space).contains(" of")) {
            return name.substring(0, space);
        }
        return name;
    }

    /** "North Coast Railways" keyed as "North Coast Railway": a plural head of a transport company. */
    private static String singularHead(String name) {
        if (name.contains(" ") && (name.endsWith("ways") || name.endsWith("lines"))) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static String withoutCorporateSuffix(String name) {
        String[] words = name.split(" ");
        int n = words.length;
        while (n > 1 && CORPORATE.contains(words[n - 1].toLowerCase(Locale.ROOT).replace(",", ""))) {
            n--;
        }
        String out = String.join(" ", java.util.Arrays.copyOf(words, n));
        return out.endsWith(",") ? out.substring(0, out.length() - 1) : out;
    }

    /**
     * "the Admiralty" beside "Admiralty"; "Ruritanian Republic" beside "the Ruritanian Republic"; "Vorland region",
     * "Brenton estate" beside the bare name of a place.
     */
    private void addDeterminerForms(Candidate c, EntityDraft draft) {
        if (draft.type == EntityType.ORG && c.first() > 0 && sameSentence(c.first() - 1, c.first())) {
            // "UK FSA", "Ruritania's Supreme Court"
            int g = c.first() - 1;
            if (isPossessive(word(g)) && !word(g).equals("s") && g > 0) {
                g--;
            }
            Candidate country = candidateAt(g);
            if (country != null && country.known() != null && country.type() == EntityType.GPE && country.last() == g + 1
                    && country.kind() != MentionKind.NOMINAL) {
                draft.aliases.add(surface(country.first(), c.last()));
            }
        }
        int j = c.last();
        if (c.known() == null && draft.type != EntityType.PERSON && j < tokens.size() && sameSentence(c.first(), j)) {
            if (REGIONS.contains(lower(j))) {
                draft.aliases.add(surface(c.first(), j + 1)); // "Kelso Bay", "Brenton estate"
            } else if (j + 1 < tokens.size() && sameSentence(j, j + 1) && lower(j).equals("railway")
                    && REGIONS.contains(lower(j + 1))) {
                draft.aliases.add(surface(c.first(), j + 2));
            }
        }
        if (c.known() == null && draft.type == EntityType.ORG && c.kind() == MentionKind.NAME) {
            partialNames(c, draft);
        }
        if (draft.type == EntityType.ORG && c.kind() == MentionKind.NAME && j + 1 < tokens.size() && sameSentence(c.first(), j + 1)) {
            int k = word(j).equals(",") ? j + 1 : j;
            if (CORPORATE.contains(lower(k)) && tokens.get(k).capitalised()) {
                int end = k + 1 < tokens.size() && word(k + 1).equals(".") && tokens.get(k + 1).start() == tokens.get(k).end() ? k + 2 : k + 1;
                draft.aliases.add(surface(c.first(), end)); // "X, Inc."
            }
        }
        if (draft.type == EntityType.ORG && c.kind() == MentionKind.NAME) {
            premodified(c, draft);
        }
        int b = c.first() - 1;
        if (c.known() == null && draft.type != EntityType.PERSON && b >= 0 && sameSentence(b, c.first())
                && REGIONS.contains(word(b)) && candidateAt(b) == null) {
            draft.aliases.add(surface(b, c.last())); // "hotel Marisol"
        }
        if (c.surface().startsWith("the ") || c.surface().startsWith("The ")) {
            draft.aliases.add(c.surface().substring(4));
        } else if (c.type() != EntityType.PERSON && (c.kind() != MentionKind.DEMONYM || c.surface().endsWith("s")) && c.first() > 0
                && lower(c.first() - 1).equals("the") && sameSentence(c.first() - 1, c.first())) {
            draft.aliases.add(surface(c.first() - 1, c.last()));
        }
    }

    /**
     * An organisation's name with the lower-case adjectives before it, and its article: "liberal opposition
     * Democratic Party", "the international Silk and Spice forum".
     */
    private void premodified(Candidate c, EntityDraft draft) {
        int k = c.first() - 1;
        boolean adjective = false;
        while (k >= 0 && c.first() - k <= 3 && sameSentence(k, c.first()) && Character.isLowerCase(word(k).codePointAt(0))
                && candidateAt(k) == null && (tokens.get(k).pos().startsWith("JJ") || tokens.get(k).pos().equals("NN"))) {
            adjective |= tokens.get(k).pos().startsWith("JJ");
            k--;
        }
        if (adjective && tokens.get(k + 1).pos().startsWith("JJ")) {
            draft.aliases.add(surface(k + 1, c.last()));
            if (k >= 0 && lower(k).equals("the") && sameSentence(k, c.first())) {
                draft.aliases.add(surface(k, c.last()));
            }
        }
    }

    /**
     * The shorter names inside an organisation's name that readers also meet: the facility without its owner
     * ("Lakeside Assembly Complex" in "Orion Lakeside Assembly Complex"), the organ without the organisation
     * that leads it ("Council of Ministers" in "CLS Council of Ministers").
     */
    private void partialNames(Candidate c, EntityDraft draft) {
        if (c.length() < 3) {
            return;
        }
        if (FACILITIES.contains(lower(c.last() - 1))) {
            for (int t = c.first() + 1; t <= c.last() - 2; t++) {
                boolean name = true;
                for (int u = t; u < c.last() && name; u++) {
                    name = tokens.get(u).capitalised();
                }
                if (name) {
                    draft.aliases.add(surface(t, c.last()));
                }
            }
        }
        for (Candidate owner : candidates) {
            if (owner.known() != null && owner.first() == c.first() && owner.last() < c.last() - 1
                    && owner.type() == EntityType.ORG && tokens.get(owner.last()).capitalised()) {
                draft.aliases.add(surface(owner.last(), c.last()));
            }
        }
    }

    private EntityDraft findByInitials(String acronym) {
        String letters = acronym.replace(".", "");
        for (EntityDraft d : drafts) {
            if (d.type != EntityType.PERSON && initials(d.canonical).equals(letters)) {
                return d;
            }
        }
        return null;
    }

    private static String stripArticle(String name) {
        return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    }

    EntityDraft newDraft(EntityType type, String id, String canonical, String country) {
        EntityDraft d = new EntityDraft(type, id, canonical, country);
        drafts.add(d);
        return d;
    }

    void link(Candidate c, EntityDraft draft) {
        links.put(c, draft);
        draft.seen(c.surface(), c.first());
        if (c.type() == EntityType.ORG) {
            draft.organisationLabels++;
        }
    }

    private void linkPeople() {
        List<Candidate> people = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.known() == null && acronymOf.get(c) == null
                    && typeOfSurface.getOrDefault(c.surface(), c.type()) == EntityType.PERSON) {
                people.add(c);
            }
        }
        people.sort(Comparator.comparingInt((Candidate c) -> -nameWords(c.surface()).size()).thenComparingInt(Candidate::first));
        List<EntityDraft> persons = new ArrayList<>();
        for (Candidate c : people) {
            List<String> words = nameWords(c.surface());
            List<String> keys = NameKeys.skeletons(words);
            if (keys.isEmpty()) {
                continue;
            }
            EntityDraft best = null;
            int bestDistance = Integer.MAX_VALUE;
            boolean surname = keys.size() == 1 && persons.stream()
                    .anyMatch(p -> p.nameKeys.get(p.nameKeys.size() - 1).equals(keys.get(0)));
            for (EntityDraft p : persons) {
                if (surname && !p.nameKeys.get(p.nameKeys.size() - 1).equals(keys.get(0))) {
                    continue;
                }
                if (NameKeys.sameNameWords(keys, p.nameKeys)) {
                    int distance = Math.min(Math.abs(p.firstToken - c.first()), Math.abs(p.lastToken - c.first()));
                    if (distance < bestDistance) {
                        best = p;
                        bestDistance = distance;
                    }
                }
            }
            if (best == null) {
                String canonical = String.join(" ", words);
                List<String> idKeys = keys.size() <= 2 ? keys : List.of(keys.get(0), keys.get(keys.size() - 1));
                best = newDraft(EntityType.PERSON, "person:" + String.join("-", idKeys), canonical, null);
                best.nameKeys = keys;
                persons.add(best);
            }
            link(c, best);
        }
        for (EntityDraft p : persons) {
            List<String> words = nameWords(p.canonical);
            String last = words.get(words.size() - 1);
            if (words.size() >= 3 && NameKeys.isParticle(words.get(words.size() - 2))) {
                last = words.get(words.size() - 2) + " " + last; // "da Costa"
            }
            if (words.size() >= 2 && last.length() >= 3 && hasUpperCase(last)) {
                p.aliases.add(last); // the surname, as later references give it
            }
        }
    }

    static List<String> nameWords(String surface) {
        List<String> words = new ArrayList<>();
        for (String w : surface.split("\\s+")) {
            String word = w;
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private void linkPronouns() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!PRONOUNS.contains(lower(i))) {
                continue;
            }
            EntityDraft person = null;
            int at = -1;
            for (Map.Entry<Candidate, EntityDraft> e : links.entrySet()) {
                Candidate c = e.getKey();
                if (e.getValue().type == EntityType.PERSON && c.last() <= i && c.first() > at
                        && tokens.get(i).sentence() - tokens.get(c.first()).sentence() <= 1) {
                    person = e.getValue();
                    at = c.first();
                }
            }
            if (person != null) {
                extraMentions.add(new Mention(span(i, i + 1), EntityType.PERSON, MentionKind.PRONOUN, person.id));
                extraOwners.add(person);
            }
        }
    }

    // ---- output -------------------------------------------------------------------------------------------

    private EntityLayer output() {
        List<Mention> mentions = new ArrayList<>(extraMentions);
        for (Map.Entry<Candidate, EntityDraft> e : links.entrySet()) {
            Candidate c = e.getKey();
            EntityDraft d = e.getValue();
            mentions.add(new Mention(c.span(), d.type, c.kind(), d.id));
        }
        mentions.sort(Comparator.comparing(Mention::span).thenComparing(Mention::entityId));
        List<EntityDraft> used = new ArrayList<>();
        for (EntityDraft d : drafts) {
            if (d.mentions > 0 && !used.contains(d)) {
                used.add(d);
            }
        }
        used.sort(Comparator.comparingInt(d -> d.firstToken));
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (EntityDraft d : used) {
            Entity e = d.toEntity();
            Entity previous = entities.get(e.id());
            if (previous == null) {
                entities.put(e.id(), e);
            } else {
                List<String> aliases = new ArrayList<>(previous.aliases());
                e.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
                List<String> roles = new ArrayList<>(previous.roles());
                e.roles().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                entities.put(e.id(), new Entity(previous.id(), previous.canonical(), previous.type(), aliases,
                        previous.country() != null ? previous.country() : e.country(), roles));
            }
        }
        return new EntityLayer(mentions, new ArrayList<>(entities.values()));
    }
}
