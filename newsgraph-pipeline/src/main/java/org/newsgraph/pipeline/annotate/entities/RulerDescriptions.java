package org.newsgraph.pipeline.annotate.entities;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;

/**
 * Descriptions of the group that seized power in a country ("the military junta", "the Ostavian junta", "coup
 * leaders", and, in an article about a coup, "the soldiers"), bound to one entity per country, the junta of that
 * country ({@code org:ISO:junta}), so that every article about the same coup names the same entity whether or not
 * it gives the junta's own name. The country is the one the description names ("the Ostavian junta", "the junta in
 * Ostavia"), else the one an earlier description of the article named, else the one the article names nearest to
 * "coup" in its sentence, else the article's most mentioned country; without any country the description is
 * left alone. Head nouns come from {@code ruler-nouns.txt}. Not thread-safe; used inside one {@link ArticleReading}.
 */
final class RulerDescriptions {

    private final ArticleReading r;
    private final boolean[] used;
    private final boolean coupArticle;
    private String lastCountry;

    RulerDescriptions(ArticleReading reading, boolean[] used) {
        this.r = reading;
        this.used = used;
        boolean coup = false;
        for (int i = 0; i < reading.tokens.size() && !coup; i++) {
            String w = reading.lower(i);
            coup = w.equals("coup") || w.startsWith("junta") || w.equals("putsch");
        }
        this.coupArticle = coup;
    }

    void describe() {
        if (!coupArticle) {
            return;
        }
        for (int i = 0; i < r.tokens.size(); i++) {
            int head = headEndingAt(i);
            if (head < 0 || used[i]) {
                continue;
            }
            boolean contextual = r.knowledge.rulerNounNeedsArticle(r.surface(head, i + 1));
            int start = start(head);
            if (contextual && !(start == head - 1 && r.lower(start).equals("the"))) {
                continue; // "soldiers" only as "the soldiers"
            }
            if (i + 1 < r.tokens.size() && r.sameSentence(i, i + 1) && r.tokens.get(i + 1).capitalised()
                    && r.candidateAt(i + 1) != null && r.candidateAt(i + 1).type() == EntityType.PERSON) {
                continue; // "junta leader X": a title, not the group
            }
            String country = countryWithin(start, i + 1);
            if (country == null) {
                country = countryAfter(i + 1);
            }
            if (country == null) {
                country = lastCountry != null ? lastCountry : countryOfCoup();
            }
            if (country == null) {
                continue;
            }
            lastCountry = country;
            EntityDraft junta = juntaOf(country);
            for (int s = start; s <= (contextual ? start : head); s++) {
                if (s == start || startsForm(s)) {
                    junta.aliases.add(r.surface(s, i + 1)); // "the military junta", "military junta", "junta"
                }
            }
            junta.mentions++;
            junta.firstToken = Math.min(junta.firstToken, start);
            junta.lastToken = Math.max(junta.lastToken, i);
            r.extraMentions.add(new Mention(r.span(start, i + 1), EntityType.ORG, MentionKind.NOMINAL, junta.id));
            r.extraOwners.add(junta);
            for (int t = start; t <= i; t++) {
                used[t] = true;
            }
        }
    }

    /** If a head ("junta", "coup leaders") ends at token {@code i}, its first token, else -1. */
    private int headEndingAt(int i) {
        for (int len = 2; len >= 1; len--) {
            int s = i - len + 1;
            if (s >= 0 && r.sameSentence(s, i) && r.knowledge.isRulerNoun(r.surface(s, i + 1))) {
                return s;
            }
        }
        return -1;
    }

    /** First token of the description: back over premodifiers and a country to a determiner, if any. */
    private int start(int head) {
        int start = head;
        int k = head - 1;
        while (k >= 0 && head - k <= 5 && r.sameSentence(k, head) && !used[k]) {
            String lw = r.lower(k);
            Candidate c = r.candidateAt(k);
            if (lw.equals("the")) {
                return k;
            }
            if (c != null && c.known() != null && c.type() == EntityType.GPE) {
                start = c.first();
                k = c.first() - 1;
                continue;
            }
            String pos = r.tokens.get(k).pos();
            if (c == null && Character.isLowerCase(r.word(k).codePointAt(0))
                    && (pos.startsWith("JJ") || pos.equals("VBG") || pos.equals("NN") || pos.equals("VBN"))) {
                start = k; // "military", "ruling", "new"
                k--;
                continue;
            }
            break;
        }
        return start;
    }

    /** Whether a shorter form may start at token {@code s}: a word, not a possessive ending or a hyphen. */
    private boolean startsForm(int s) {
        String w = r.word(s);
        return Character.isLetter(w.codePointAt(0)) && !ArticleReading.isPossessive(w)
                && (r.candidateAt(s) == null || r.candidateAt(s).first() == s);
    }

    private String countryWithin(int start, int end) {
        for (int t = start; t < end; t++) {
            String c = countryAt(t);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** "the junta in Ostavia", "the junta of Ostavia". */
    private String countryAfter(int after) {
        if (after + 1 < r.tokens.size() && r.sameSentence(after - 1, after + 1)
                && (r.lower(after).equals("in") || r.lower(after).equals("of"))) {
            int t = after + 1;
            if (r.lower(t).equals("the") && t + 1 < r.tokens.size()) {
                t++;
            }
            return countryAt(t);
        }
        return null;
    }

    /** The country named nearest to the first "coup" in its sentence, else the article's most mentioned one. */
    private String countryOfCoup() {
        Map<String, Integer> mentions = new HashMap<>();
        for (int i = 0; i < r.tokens.size(); i++) {
            if (r.lower(i).equals("coup")) {
                for (int d = 1; d < 40; d++) {
                    for (int t : new int[] {i - d, i + d}) {
                        String c = t >= 0 && t < r.tokens.size() && r.sameSentence(i, t) ? countryAt(t) : null;
                        if (c != null) {
                            return c;
                        }
                    }
                }
            }
            Candidate c = r.candidateAt(i);
            if (c != null && c.first() == i && c.known() != null && c.type() == EntityType.GPE
                    && c.known().entity().country() != null) {
                mentions.merge(c.known().entity().country(), 1, Integer::sum);
            }
        }
        return mentions.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private String countryAt(int t) {
        Candidate c = r.candidateAt(t);
        if (c == null || c.known() == null || c.type() != EntityType.GPE || c.known().place() != null) {
            return null;
        }
        KnownEntity e = c.known().entity();
        return e.id().equals("gpe:" + e.country()) ? e.country() : null;
    }

    private EntityDraft juntaOf(String country) {
        String id = "org:" + country + ":junta";
        for (EntityDraft d : r.drafts) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        String name = r.knowledge.countryName(country).orElse(country);
        return r.newDraft(EntityType.ORG, id, "Junta of " + name, country);
    }
}
