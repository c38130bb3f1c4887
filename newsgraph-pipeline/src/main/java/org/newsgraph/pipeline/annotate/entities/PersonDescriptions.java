package org.newsgraph.pipeline.annotate.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;

/**
 * Role descriptions of people within one article, bound to the person the article binds them to: titles before a
 * name ("Kenyan Foreign Minister Amos Wekesa"), appositions on either side of a name ("Lars Brekke, the secretary
 * of ...", "Norway's top diplomat, Ingrid Holm") and free definite descriptions ("the senior Kenyan port official"),
 * which go to the most salient person whose recorded nationality and roles agree. Records roles and nationality
 * on the person. Not thread-safe; used inside one {@link ArticleReading}.
 */
final class PersonDescriptions {

    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "its", "their", "a", "an");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
            "dame", "his excellency", "her excellency", "martyr");
    private static final Set<String> STOP = Set.of("on", "in", "at", "as", "after", "before", "but", "and", "when",
            "while", "meanwhile", "also", "then", "with", "by", "for", "from", "to", "said", "says", "told", "that",
            "if", "since", "during", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "today", "yesterday", "tomorrow", "earlier", "later", "last", "this", "he", "she",
            "they", "we", "it", "i", "who", "which", "including", "like", "such", "among", "namely");
    private static final Set<String> MODIFIERS = Set.of("top", "senior", "former", "visiting", "current", "new",
            "veteran", "longtime", "chief", "deputy", "acting", "incumbent", "outgoing", "interim", "leftist",
            "rightist", "far-right", "far-left", "then", "late", "powerful", "influential", "security", "foreign",
            "defence", "defense", "interior", "finance", "economy", "trade", "prime", "vice", "supreme", "national",
            "military", "army", "intelligence", "diplomatic", "presidential", "elected", "ousted", "detained",
            "jailed", "embattled", "exiled", "opposition", "main", "state", "executive", "general", "regional",
            "local", "federal", "railway", "union", "district");

    /** Heads that describe who a person is rather than an office another person could hold ("the billionaire"). */
    private static final Set<String> PERSONAL = Set.of("billionaire", "businessman", "businesswoman", "tycoon",
            "entrepreneur", "magnate", "mogul", "founder", "activist");
    private static final Set<String> COPULAS = Set.of("is", "was", "remains", "became", "becomes");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "having", "is", "are", "was", "were",
            "be", "been", "being");

    /** Description heads and the recorded roles they fit ("the Russian leader" is the president). */
    private static final Map<String, Set<String>> SYNONYMS = Map.of(
            "leader", Set.of("president", "prime minister", "premier", "chancellor", "king", "emir", "supreme leader",
                    "ayatollah", "chairman", "head of state"),
            "premier", Set.of("prime minister"),
            "diplomat", Set.of("foreign minister", "secretary of state", "ambassador", "envoy", "foreign secretary",
                    "spokesman", "spokesperson", "spokeswoman"),
            "lawmaker", Set.of("speaker", "parliament speaker", "senator", "mp", "congressman", "congresswoman"),
            "official", Set.of("secretary", "minister", "adviser", "advisor", "spokesman", "chief", "security chief"),
            "chief", Set.of("secretary", "director", "head", "commander"),
            "executive", Set.of("ceo", "chief executive", "chief executive officer"),
            "boss", Set.of("ceo", "chief executive", "chairman"));

    private final ArticleReading r;
    final boolean[] used;

    PersonDescriptions(ArticleReading reading) {
        this.r = reading;
        this.used = new boolean[reading.tokens.size()];
        for (Candidate c : reading.candidates) {
            if (c.type() == EntityType.PERSON && c.known() == null) {
                for (int t = c.first(); t < c.last(); t++) {
                    used[t] = true;
                }
            }
        }
    }

    void describe() {
        List<Candidate> people = new ArrayList<>();
        for (Map.Entry<Candidate, EntityDraft> e : r.links.entrySet()) {
            if (e.getValue().type == EntityType.PERSON && e.getKey().kind() == MentionKind.NAME) {
                people.add(e.getKey());
            }
        }
        people.sort(java.util.Comparator.comparingInt(Candidate::first));
        for (Candidate name : people) {
            titleBefore(name);
            appositionAfter(name);
            appositionBefore(name);
        }
        freeDescriptions();
    }

    // ---- bound to a name ----------------------------------------------------------------------------------

    private void titleBefore(Candidate name) {
        int start = name.first();
        int i = name.first() - 1;
        int leftmostTitle = -1;
        while (i >= 0 && name.first() - i <= 14 && r.sameSentence(i, name.first()) && !used[i]) {
            String w = r.word(i);
            String lw = r.lower(i);
            int titleStart = titleEndingAt(i);
            if (titleStart >= 0) {
                leftmostTitle = titleStart;
                i = titleStart - 1;
                continue;
            }
            if (lw.equals("and") && leftmostTitle >= 0 && titleWithin(i - 1, 3)) {
                i--; // "Kenyan president and regional bloc chairman X"
                continue;
            }
            if (STOP.contains(lw) || w.equals(",") || w.equals(";") || w.equals(":") || isQuote(w)) {
                break;
            }
            boolean allowed = isGeo(i) || ArticleReading.isPossessive(w) || lw.equals("of") || lw.equals("the")
                    || lw.equals("and") || w.equals("(") || w.equals(")") || w.equals("-") || r.tokens.get(i).capitalised()
                    || ArticleReading.isAcronym(w) || (leftmostTitle < 0 ? false : MODIFIERS.contains(lw));
            if (!allowed) {
                break;
            }
            i--;
        }
        if (leftmostTitle < 0) {
            possessiveBefore(name);
            adjectivesBefore(name);
            ofCountryAfter(name, name.first());
            return;
        }
        // extend left over modifiers of the leftmost title: nationality, organisation, determiner
        start = leftmostTitle;
        int k = leftmostTitle - 1;
        while (k >= 0 && r.sameSentence(k, leftmostTitle) && !used[k]) {
            String w = r.word(k);
            String lw = r.lower(k);
            if (STOP.contains(lw) || w.equals(",") || isQuote(w)) {
                break;
            }
            if (r.tokens.get(k).pos().equals("VBD")) {
                break;
            }
            if (w.equals("-") && k > 0 && glued(k - 1, k) && !used[k - 1]) {
                start = k - 1; // "far-right President X": the whole compound
                k -= 2;
                continue;
            }
            if (isGeo(k) || ArticleReading.isPossessive(w) || MODIFIERS.contains(lw) || DETERMINERS.contains(lw)
                    || isAdjective(k) || r.candidateAt(k) != null
                    || (r.tokens.get(k).capitalised() && !isSentenceStartFunctionWord(k)) || ArticleReading.isAcronym(w)
                    || w.equals("-") || w.equals(")") || w.equals("(")) {
                start = k;
                if (DETERMINERS.contains(lw)) {
                    break;
                }
                k--;
                continue;
            }
            break;
        }
        while (start < name.first() && (r.lower(start).equals("and") || r.lower(start).equals("of") || r.word(start).equals("-"))) {
            start++;
        }
        if (start >= name.first()) {
            return;
        }
        EntityDraft person = r.links.get(name);
        bind(person, start, name.first(), name.last(), true);
        if (person != null) {
            // "Peru's former President X" is also "former President X" and "President X"
            for (int s = start + 1; s < name.first(); s++) {
                if (startsPhrase(s) && (s <= leftmostTitle || titleStartingAt(s) > 0)) {
                    person.aliases.add(r.surface(s, name.last()));
                }
            }
        }
        for (int t = start; t < name.first(); t++) {
            used[t] = true;
        }
        ofCountryAfter(name, start);
    }

    /** Whether a shorter description can start at token {@code k}: not inside a word compound nor after "of". */
    private boolean startsPhrase(int k) {
        String w = r.word(k);
        if (ArticleReading.isPossessive(w) || !Character.isLetterOrDigit(w.codePointAt(0)) || r.lower(k).equals("of")
                || r.lower(k).equals("and") || glued(k - 1, k)) {
            return false;
        }
        Candidate c = r.candidateAt(k);
        return c == null || c.first() == k;
    }

    /** Whether tokens {@code a} and {@code b} touch without space between them ("far", "-"). */
    private boolean glued(int a, int b) {
        return a >= 0 && b < r.tokens.size() && r.tokens.get(a).end() == r.tokens.get(b).start();
    }

    /** "President Amos Wekesa of Kenya": the name (with what stands before it) and its country after it. */
    private void ofCountryAfter(Candidate name, int start) {
        EntityDraft person = r.links.get(name);
        int of = name.last();
        if (of + 1 < r.tokens.size() && r.lower(of).equals("of") && r.sameSentence(of, name.first()) && isGeo(of + 1)) {
            Candidate place = r.candidateAt(of + 1);
            if (place.type() != EntityType.GPE) {
                return;
            }
            person.aliases.add(r.surface(start, place.last()));
            if (person.country == null && place.known().entity().country() != null) {
                person.country = place.known().entity().country();
            }
        }
    }

    /** "Veteran centrist Joao da Costa", "ex-docker Costa": the name with its epithets. */
    private void adjectivesBefore(Candidate name) {
        int k = name.first() - 1;
        while (k >= 0 && name.first() - k <= 3 && r.sameSentence(k, name.first()) && !used[k] && isAdjective(k)) {
            k--;
        }
        if (k + 1 < name.first()) {
            EntityDraft person = r.links.get(name);
            for (int s = k + 1; s < name.first(); s++) {
                if (startsPhrase(s)) {
                    person.aliases.add(r.surface(s, name.last())); // "Veteran centrist X" and "centrist X"
                }
            }
            if (k >= 0 && r.sameSentence(k, name.first()) && !used[k] && r.lower(k).equals("the")) {
                person.aliases.add(r.surface(k, name.last())); // "the captive X"
            }
        }
    }

    private boolean isAdjective(int k) {
        String pos = r.tokens.get(k).pos();
        String w = r.word(k);
        if (pos.startsWith("RB") && k + 1 < r.tokens.size() && !STOP.contains(r.lower(k))) {
            String next = r.tokens.get(k + 1).pos();
            return next.startsWith("JJ") || next.equals("VBN"); // "democratically elected"
        }
        if (pos.equals("VBN") || pos.equals("VBD")) {
            return participleAsAdjective(k); // "ousted President X", not "polls had indicated X" or "X upset Y"
        }
        return pos.startsWith("JJ") || MODIFIERS.contains(r.lower(k))
                || (pos.startsWith("NN") && w.contains("-") && Character.isLowerCase(w.codePointAt(0)));
    }

    /** A participle premodifies a name only where no noun, verb or pronoun stands right before it. */
    private boolean participleAsAdjective(int k) {
        if (k == 0 || !r.sameSentence(k - 1, k)) {
            return r.tokens.get(k).pos().equals("VBN") || r.tokens.get(k).capitalised();
        }
        int b = k - 1;
        while (b > 0 && r.sameSentence(b - 1, k) && r.tokens.get(b).pos().startsWith("RB")) {
            b--; // "has instead sent X"
        }
        if (AUXILIARIES.contains(r.lower(b))) {
            return false;
        }
        String before = r.tokens.get(k - 1).pos();
        return !(before.startsWith("NN") || before.startsWith("PRP") || before.equals("MD") || before.equals("CD")
                || AUXILIARIES.contains(r.lower(k - 1)));
    }

    /** "Norway's Ingrid Holm", "Halvard's Mira Lund": the name with its possessive qualifier. */
    private void possessiveBefore(Candidate name) {
        int p = name.first() - 1;
        if (p < 1 || !ArticleReading.isPossessive(r.word(p)) || r.word(p).equals("s") || !r.sameSentence(p, name.first())) {
            return;
        }
        Candidate owner = r.candidateAt(p - 1);
        if (owner == null || owner.last() != p || owner.type() == EntityType.PERSON) {
            return;
        }
        EntityDraft person = r.links.get(name);
        person.aliases.add(r.surface(owner.first(), name.last()));
        if (person.country == null && owner.known() != null && owner.type() == EntityType.GPE) {
            person.country = owner.known().entity().country();
        }
    }

    /** Whether a title ends at one of the {@code n} tokens from {@code i} leftwards. */
    private boolean titleWithin(int i, int n) {
        for (int t = i; t >= 0 && t > i - n; t--) {
            if (titleEndingAt(t) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isSentenceStartFunctionWord(int k) {
        return STOP.contains(r.lower(k));
    }

    /** If a title phrase ends at token {@code i}, the index of its first token, else -1. */
    private int titleEndingAt(int i) {
        for (int len = 4; len >= 1; len--) {
            int s = i - len + 1;
            if (s < 0 || !r.sameSentence(s, i)) {
                continue;
            }
            String phrase = r.surface(s, i + 1);
            if (r.knowledge.isTitle(phrase) || r.knowledge.isTitle(phrase.replace(" - ", "-"))) {
                return s;
            }
        }
        return -1;
    }

    private void appositionAfter(Candidate name) {
        int comma = name.last();
        if (comma + 2 >= r.tokens.size() || !r.word(comma).equals(",") || !r.sameSentence(comma, name.first())) {
            return;
        }
        int first = comma + 1;
        if (first + 2 < r.tokens.size() && r.lower(first).equals("who") && COPULAS.contains(r.lower(first + 1))) {
            first += 2; // "X, who is chief executive of ..."
        }
        if (!DETERMINERS.contains(r.lower(first)) && !isGeo(first) && titleStartingAt(first) < 0) {
            return;
        }
        int end = descriptionEnd(first);
        if (end <= first || !hasTitle(first, end)) {
            return;
        }
        bind(r.links.get(name), first, end, -1, false);
    }

    private void appositionBefore(Candidate name) {
        int comma = name.first() - 1;
        if (comma < 1 || !r.word(comma).equals(",") || !r.sameSentence(comma, name.first())) {
            return;
        }
        int i = comma - 1;
        if (titleEndingAt(i) < 0) {
            // "President of the CLS Commission, Ana Ruiz": step back over the of-phrase to its title
            int k = i;
            while (k > 0 && comma - k <= 8 && (r.tokens.get(k).capitalised() || isGeo(k) || r.lower(k).equals("the")
                    || isNoun(k) || ArticleReading.isPossessive(r.word(k)) || r.word(k).equals("(") || r.word(k).equals(")"))) {
                k--;
            }
            if (k > 0 && k < i && r.lower(k).equals("of") && titleEndingAt(k - 1) >= 0) {
                i = k - 1;
            } else {
                return;
            }
        }
        if (used[i]) {
            return;
        }
        int start = i;
        while (i >= 0 && comma - i <= 10 && r.sameSentence(i, comma) && !used[i]) {
            String w = r.word(i);
            String lw = r.lower(i);
            int t = titleEndingAt(i);
            if (t >= 0) {
                start = t;
                i = t - 1;
                continue;
            }
            if (DETERMINERS.contains(lw)) {
                start = i;
                break;
            }
            if (lw.equals("and") && i > 0 && titleEndingAt(i - 1) >= 0) {
                i--; // "CLS Chairman and President of Kenya, X"
                continue;
            }
            if (STOP.contains(lw) || w.equals(",") || isQuote(w)) {
                break;
            }
            String pos = r.tokens.get(i).pos();
            if ((pos.equals("VBN") || pos.equals("VBD")) && !participleAsAdjective(i)) {
                break; // "has meanwhile named veteran foreign minister, X"
            }
            if (lw.equals("of") && titleEndingAt(i - 1) < 0) {
                break; // "the release of Niger's elected president, X": the description starts after "of"
            }
            if (isGeo(i) || ArticleReading.isPossessive(w) || MODIFIERS.contains(lw) || lw.equals("of")
                    || isAdjectiveOrNoun(i) || r.tokens.get(i).capitalised()) {
                start = i;
                i--;
                continue;
            }
            break;
        }
        while (start < comma && (r.lower(start).equals("of") || r.lower(start).equals("and"))) {
            start++;
        }
        if (start >= comma) {
            return;
        }
        EntityDraft person = r.links.get(name);
        bind(person, start, comma, -1, false);
        person.aliases.add(r.surface(start, name.last()));
        if (start + 1 < comma && r.lower(start).equals("the")) {
            person.aliases.add(r.surface(start + 1, name.last()));
        }
    }

    // ---- free descriptions --------------------------------------------------------------------------------

    private void freeDescriptions() {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < r.tokens.size(); i++) {
            if (used[i] || titleStartingAt(i) < 0 || HONORIFICS.contains(r.lower(i))) {
                continue;
            }
            int titleEnd = titleStartingAt(i);
            // walk left to a determiner or a country's possessive
            int start = -1;
            int k = i - 1;
            int geo = -1;
            while (k >= 0 && i - k <= 5 && r.sameSentence(k, i) && !used[k]) {
                if (isGeo(k) && r.tokens.get(k).capitalised()) {
                    geo = geoStart(k);
                }
                String lw = r.lower(k);
                if (DETERMINERS.contains(lw) && !lw.equals("a") && !lw.equals("an")) {
                    start = k;
                    break;
                }
                if (ArticleReading.isPossessive(r.word(k)) && k > 0 && isGeo(k - 1)) {
                    start = geoStart(k - 1);
                    break;
                }
                if (lostApostrophe(k)) {
                    // "Kenyas top port official"
                    start = geoStart(k);
                    break;
                }
                if (isGeo(k) || MODIFIERS.contains(lw) || titleEndingAt(k) >= 0 || isAdjectiveOrNoun(k)) {
                    k--;
                    continue;
                }
                Candidate named = r.candidateAt(k);
                if (named != null && named.type() != EntityType.PERSON) {
                    k = named.first() - 1;
                    continue;
                }
                if (ArticleReading.isPossessive(r.word(k)) && k > 0 && r.candidateAt(k - 1) != null) {
                    k--;
                    continue;
                }
                break;
            }
            if (start < 0) {
                if (k >= 0 && k < i && lostApostrophe(k)) {
                    start = geoStart(k);
                }
                if (start < 0 && geo >= 0 && r.tokens.get(i).capitalised()) {
                    start = geo; // "Kenyan Foreign Minister said ..."
                }
                if (start < 0) {
                    continue;
                }
            }
            int end = ofPhraseEnd(titleEnd);
            if (end < r.tokens.size() && (r.word(end).equals(",") ? nameAt(end + 1) : nameAt(end))) {
                continue; // a title before a name, handled where it is bound
            }
            found.add(new int[] {start, end});
            for (int t = start; t < end; t++) {
                used[t] = true;
            }
            i = end - 1;
        }
        for (int[] d : found) {
            EntityDraft person = bestPerson(d[0], d[1]);
            if (person == null && headsOf(d[0], d[1]).stream().anyMatch(PERSONAL::contains)) {
                person = onlyRecentPerson(d[0]);
            }
            if (person != null) {
                bind(person, d[0], d[1], -1, false);
            }
        }
    }

    /**
     * The one person named in the sentence of token {@code at} before it or in the sentence before ("In Dana Voss's
     * keynote, the billionaire warned ..."), or {@code null} when none or several are.
     */
    private EntityDraft onlyRecentPerson(int at) {
        int sentence = r.tokens.get(at).sentence();
        EntityDraft only = null;
        for (Map.Entry<Candidate, EntityDraft> e : r.links.entrySet()) {
            Candidate c = e.getKey();
            int s = r.tokens.get(c.first()).sentence();
            if (e.getValue().type != EntityType.PERSON || c.first() >= at || s < sentence - 1) {
                continue;
            }
            if (only != null && only != e.getValue()) {
                return null;
            }
            only = e.getValue();
        }
        return only;
    }

    private boolean nameAt(int i) {
        if (i >= r.tokens.size()) {
            return false;
        }
        Candidate c = r.candidateAt(i);
        return c != null && c.first() == i && c.type() == EntityType.PERSON && c.known() == null;
    }

    private EntityDraft bestPerson(int start, int end) {
        String country = countryOf(start, end);
        Set<String> heads = headsOf(start, end);
        EntityDraft best = null;
        int bestScore = -1;
        int mostMentions = 0;
        for (EntityDraft p : r.drafts) {
            if (p.type == EntityType.PERSON) {
                mostMentions = Math.max(mostMentions, p.mentions);
            }
        }
        for (EntityDraft p : r.drafts) {
            if (p.type != EntityType.PERSON || p.mentions == 0) {
                continue;
            }
            if (country != null && p.country != null && !country.equals(p.country)) {
                continue;
            }
            int score = 0;
            if (country != null && country.equals(p.country)) {
                score += 2;
            }
            int roleScore = 0;
            for (String role : p.roles) {
                String[] words = role.split(" ");
                String head = words[words.length - 1];
                if (heads.contains(head)) {
                    roleScore = 3;
                } else if (heads.stream().anyMatch(h -> SYNONYMS.getOrDefault(h, Set.of()).contains(role)
                        || SYNONYMS.getOrDefault(h, Set.of()).contains(head))) {
                    roleScore = Math.max(roleScore, 2);
                }
            }
            score += roleScore;
            if (score > 0) {
                score += sharedWords(start, end, p);
            }
            if (score == 0 && (country == null || p.country != null || p.mentions < mostEligible(country))) {
                continue;
            }
            score = score * 1000 + p.mentions;
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** Content words of the description that the person's other descriptions also use ("security"). */
    private int sharedWords(int start, int end, EntityDraft p) {
        Set<String> known = new java.util.HashSet<>();
        for (String alias : p.aliases) {
            for (String w : alias.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                known.add(w);
            }
        }
        int shared = 0;
        for (int t = start; t < end; t++) {
            String w = r.lower(t);
            if (w.length() > 3 && !DETERMINERS.contains(w) && known.contains(w)) {
                shared++;
            }
        }
        return shared;
    }

    /** Mentions of the most mentioned person not known to be of another country than {@code country}. */
    private int mostEligible(String country) {
        int most = 0;
        for (EntityDraft p : r.drafts) {
            if (p.type == EntityType.PERSON && (p.country == null || p.country.equals(country))) {
                most = Math.max(most, p.mentions);
            }
        }
        return most;
    }

    // ---- parts --------------------------------------------------------------------------------------------

    private void bind(EntityDraft person, int start, int end, int nameEnd, boolean prefix) {
        if (person == null || start >= end) {
            return;
        }
        String description = r.surface(start, end);
        if (prefix && nameEnd > 0) {
            person.aliases.add(r.surface(start, nameEnd));
            int capital = start;
            while (capital < end && !r.tokens.get(capital).capitalised()) {
                capital++;
            }
            if (capital > start && capital < end) {
                // "visiting Kenyan Foreign Minister X" is also "Kenyan Foreign Minister X"
                person.aliases.add(r.surface(capital, nameEnd));
            }
        }
        boolean bare = HONORIFICS.contains(description.toLowerCase(java.util.Locale.ROOT))
                || (prefix && end - start == 1);
        if (!bare) {
            person.aliases.add(description);
            if (end - start > 2 && r.lower(start).equals("the")) {
                person.aliases.add(r.surface(start + 1, end));
            }
            r.extraMentions.add(new Mention(r.span(start, end), EntityType.PERSON, MentionKind.NOMINAL, person.id));
            r.extraOwners.add(person);
        }
        String country = countryOf(start, end);
        if (person.country == null && country != null) {
            person.country = country;
        }
        for (String role : rolesOf(start, end)) {
            person.roles.add(role);
        }
    }

    private String countryOf(int start, int end) {
        for (int t = start; t < end; t++) {
            Candidate c = r.candidateAt(t);
            if (c != null && c.known() != null && c.known().entity().country() != null) {
                return c.known().entity().country();
            }
        }
        return null;
    }

    private List<String> rolesOf(int start, int end) {
        Set<String> roles = new LinkedHashSet<>();
        for (int t = end - 1; t >= start; t--) {
            int s = titleEndingAt(t);
            if (s >= start) {
                String role = r.surface(s, t + 1).toLowerCase(java.util.Locale.ROOT);
                if (!HONORIFICS.contains(role) && role.replace(".", "").length() > 3) {
                    roles.add(role);
                }
                t = s;
            }
        }
        return new ArrayList<>(roles);
    }

    private Set<String> headsOf(int start, int end) {
        Set<String> heads = new LinkedHashSet<>();
        for (String role : rolesOf(start, end)) {
            String[] words = role.split(" ");
            heads.add(words[words.length - 1]);
        }
        return heads;
    }

    private boolean hasTitle(int start, int end) {
        for (int t = start; t < end; t++) {
            if (titleEndingAt(t) >= start) {
                return true;
            }
        }
        return false;
    }

    /** If a title phrase starts at token {@code i}, the index after its last token, else -1. */
    private int titleStartingAt(int i) {
        for (int len = 4; len >= 1; len--) {
            int e = i + len;
            if (e > r.tokens.size() || !r.sameSentence(i, e - 1)) {
                continue;
            }
            String phrase = r.surface(i, e);
            if (r.knowledge.isTitle(phrase)) {
                return e;
            }
        }
        return -1;
    }

    /** End of a description that starts at {@code first}: up to a comma, a full stop or a verb. */
    private int descriptionEnd(int first) {
        int i = first;
        int lastTitleEnd = -1;
        while (i < r.tokens.size() && i - first < 14 && r.sameSentence(first, i)) {
            String w = r.word(i);
            int t = titleStartingAt(i);
            if (t > 0) {
                lastTitleEnd = ofPhraseEnd(t);
                if (lastTitleEnd == t) {
                    lastTitleEnd = atPhraseEnd(t); // "a research fellow at the X institute"
                }
                i = lastTitleEnd;
                continue;
            }
            if (w.equals(",") || w.equals(".") || w.equals(";") || isQuote(w) || STOP.contains(r.lower(i))) {
                break;
            }
            if (isGeo(i) || ArticleReading.isPossessive(w) || MODIFIERS.contains(r.lower(i)) || DETERMINERS.contains(r.lower(i))
                    || isAdjectiveOrNoun(i)) {
                i++;
                continue;
            }
            break;
        }
        return lastTitleEnd;
    }

    /** After a title ending at {@code end}: "of" and a name ("of Norway's National Security Authority"). */
    private int ofPhraseEnd(int end) {
        if (end >= r.tokens.size() || !(r.lower(end).equals("of") || r.lower(end).equals("for"))
                || !r.sameSentence(end - 1, end)) {
            return end;
        }
        int i = end + 1;
        int last = end;
        while (i < r.tokens.size() && i - end <= 16 && r.sameSentence(end, i) && !used[i]) {
            String w = r.word(i);
            String lw = r.lower(i);
            if (nameAt(i)) {
                break;
            }
            if (r.tokens.get(i).capitalised() || isGeo(i) || ArticleReading.isAcronym(w)) {
                last = i + 1;
                i++;
                continue;
            }
            if (lw.equals("the") || lw.equals("of") || lw.equals("and") || ArticleReading.isPossessive(w)
                    || w.equals("(") || w.equals(")")) {
                if (w.equals(")") || (ArticleReading.isPossessive(w) && i + 1 < r.tokens.size() && isNoun(i + 1))) {
                    last = i + 1;
                }
                i++;
                continue;
            }
            if (isNoun(i)) {
                last = i + 1;
                i++;
                continue;
            }
            break;
        }
        return last;
    }

    /**
     * After a title ending at {@code end}: "at" and the place of work, up to the first name of an organisation
     * and what completes it ("at market research site Chartwise", "at the Lumen business school").
     */
    private int atPhraseEnd(int end) {
        if (end + 1 >= r.tokens.size() || !r.lower(end).equals("at") || !r.sameSentence(end - 1, end + 1)) {
            return end;
        }
        int i = end + 1;
        int last = end;
        boolean named = false;
        while (i < r.tokens.size() && i - end <= 8 && r.sameSentence(end, i) && !used[i]) {
            Candidate c = r.candidateAt(i);
            if (c != null && c.type() != EntityType.PERSON) {
                named = true;
                last = c.last();
                i = c.last();
                continue;
            }
            if (r.tokens.get(i).capitalised() || ArticleReading.isAcronym(r.word(i))) {
                named = true;
                last = i + 1;
                i++;
                continue;
            }
            String lw = r.lower(i);
            if (lw.equals("the") || isAdjectiveOrNoun(i) && !nameAt(i)) {
                if (named && !isNoun(i)) {
                    break;
                }
                if (named) {
                    last = i + 1;
                }
                i++;
                continue;
            }
            break;
        }
        return named ? last : end;
    }

    /** A country or capital written with its possessive apostrophe lost ("Kenyas", "Oslos"). */
    private boolean lostApostrophe(int k) {
        Candidate c = r.candidateAt(k);
        return c != null && c.known() != null && c.length() == 1 && c.surface().endsWith("s")
                && r.knowledge.lookup(c.surface()).isEmpty();
    }

    /** First token of the known name at {@code k}, with its article ("the Admiralty's head"). */
    private int geoStart(int k) {
        Candidate c = r.candidateAt(k);
        int start = c == null ? k : c.first();
        if (start > 0 && r.lower(start - 1).equals("the") && r.sameSentence(start - 1, start) && !used[start - 1]) {
            start--;
        }
        return start;
    }

    private boolean isGeo(int i) {
        Candidate c = r.candidateAt(i);
        return c != null && c.known() != null;
    }

    private boolean isAdjectiveOrNoun(int i) {
        String pos = r.tokens.get(i).pos();
        if (pos.isEmpty()) {
            String w = r.word(i);
            return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
                    && !STOP.contains(w);
        }
        return pos.startsWith("JJ") || pos.equals("NN") || pos.equals("NNS") || pos.equals("VBN") || pos.equals("VBG");
    }

    private boolean isNoun(int i) {
        String pos = r.tokens.get(i).pos();
        return pos.equals("NN") || pos.equals("NNS") || pos.equals("JJ");
    }

    private static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''") || w.equals("‘");
    }
}
