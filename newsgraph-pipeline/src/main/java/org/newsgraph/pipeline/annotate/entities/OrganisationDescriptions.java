package org.newsgraph.pipeline.annotate.entities;

import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;

/**
 * Definite descriptions of organisations ("the bloc", "the carmaker", "Norway's banking watchdog")
 * bound to the most salient organisation of the article that fits: one whose name contains the head noun ("the
 * tribunal" and the Special Tribunal for the Lakes), else the most mentioned one, never one of another country than the
 * description names. Not thread-safe; used inside one {@link ArticleReading}.
 */
final class OrganisationDescriptions {

    private static final Set<String> DETERMINERS = Set.of("the", "its", "their");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "as", "and", "or", "but", "by", "in", "on",
            "at", "to", "of", "for", "with", "from", "that", "which", "who", "is", "was", "are", "were", "has",
            "have", "had", "said", "says", "after", "before", "while", "when", "than", "then", "also", "not");

    private final ArticleReading r;
    private final boolean[] used;

    OrganisationDescriptions(ArticleReading reading, boolean[] used) {
        this.r = reading;
        this.used = used;
    }

    void describe() {
        describedBeforeNames();
        for (int i = 0; i < r.tokens.size(); i++) {
            String w = r.word(i);
            if (used[i] || !r.knowledge.isOrganisationNoun(w) || r.candidateAt(i) != null
                    || (i + 1 < r.tokens.size() && r.sameSentence(i, i + 1) && r.tokens.get(i + 1).capitalised()
                    && Character.isLetter(r.word(i + 1).codePointAt(0)))) {
                continue;
            }
            int start = start(i);
            if (start < 0) {
                continue;
            }
            EntityDraft org = named(start, i);
            if (org != null) {
                // "the Sabirun militant group": also without the article
                org.aliases.add(r.surface(start + 1, i + 1));
            } else {
                org = apposed(start);
            }
            if (org == null) {
                org = best(start, i);
            }
            if (org == null) {
                continue;
            }
            org.type = EntityType.ORG;
            org.aliases.add(r.surface(start, i + 1));
            int by = byPersonEnd(i + 1);
            if (by > 0) {
                org.aliases.add(r.surface(start, by)); // "the company founded by X"
            }
            r.extraMentions.add(new Mention(r.span(start, i + 1), org.type, MentionKind.NOMINAL, org.id));
            r.extraOwners.add(org);
            for (int t = start; t <= i; t++) {
                used[t] = true;
            }
        }
    }

    /** "Starfall Saga maker Lumen Gaming", "board game-maker X": a description standing before the name. */
    private void describedBeforeNames() {
        for (java.util.Map.Entry<Candidate, EntityDraft> e : java.util.List.copyOf(r.links.entrySet())) {
            Candidate c = e.getKey();
            int head = c.first() - 1;
            if (e.getValue().type != EntityType.ORG || head < 1 || used[head] || !r.sameSentence(head, c.first())
                    || !r.knowledge.isOrganisationNoun(r.word(head)) || r.candidateAt(head) != null) {
                continue;
            }
            int k = head - 1;
            int start = head;
            while (k >= 0 && head - k <= 5 && r.sameSentence(k, head) && !used[k]) {
                String w = r.word(k);
                if (w.equals("-") || (isModifier(k) && !DETERMINERS.contains(r.lower(k)))
                        || (r.tokens.get(k).capitalised() && !r.lower(k).equals("the") && k > 0
                        && r.tokens.get(k).sentence() == r.tokens.get(k - 1).sentence())
                        || (r.lower(k).equals("of") && k > 0 && r.tokens.get(k - 1).capitalised()
                        && r.tokens.get(k + 1).capitalised())) {
                    // "Starfall Saga maker X", but not "takeover of board game-maker X"
                    start = k;
                    k--;
                    continue;
                }
                break;
            }
            while (start < head && (r.lower(start).equals("of") || r.word(start).equals("-"))) {
                start++;
            }
            if (start < head) {
                e.getValue().aliases.add(r.surface(start, c.last()));
                for (int t = start; t <= head; t++) {
                    used[t] = true;
                }
            }
        }
    }

    /** After a head: "founded by", "led by", "run by", "owned by" and a person's name; the end of the name, else -1. */
    private int byPersonEnd(int after) {
        if (after + 2 >= r.tokens.size() || !r.sameSentence(after - 1, after + 2) || !r.lower(after + 1).equals("by")
                || !Set.of("founded", "led", "run", "owned", "headed", "controlled").contains(r.lower(after))) {
            return -1;
        }
        Candidate c = r.candidateAt(after + 2);
        return c != null && c.first() == after + 2 && (c.type() == EntityType.PERSON || c.known() == null && c.length() >= 2)
                ? c.last() : -1;
    }

    /** The first token of the description ending at {@code head}, or -1 when it is not a definite description. */
    private int start(int head) {
        int k = head - 1;
        while (k >= 0 && head - k <= 5 && r.sameSentence(k, head) && !used[k]) {
            String w = r.word(k);
            String lw = r.lower(k);
            Candidate c = r.candidateAt(k);
            if (DETERMINERS.contains(lw)) {
                return k;
            }
            if (ArticleReading.isPossessive(w) && k > 0 && r.candidateAt(k - 1) != null) {
                return r.candidateAt(k - 1).first();
            }
            if (c != null) {
                k = c.first() - 1;
                continue;
            }
            if (isModifier(k)) {
                k--;
                continue;
            }
            return -1;
        }
        return -1;
    }

    /** The organisation named inside the description ("the Sabirun militant group"), or {@code null}. */
    private EntityDraft named(int start, int head) {
        if (!DETERMINERS.contains(r.lower(start))) {
            return null;
        }
        for (int t = start + 1; t < head; t++) {
            Candidate c = r.candidateAt(t);
            EntityDraft d = c == null ? null : r.links.get(c);
            if (d != null && describable(d)) {
                return d;
            }
        }
        return null;
    }

    /**
     * An organisation, or a name the tagger called an organisation at least once and something else more often
     * ("Halvard"); being described as an organisation settles its class.
     */
    private static boolean describable(EntityDraft d) {
        return d.mentions > 0 && (d.type == EntityType.ORG
                || (d.id.startsWith("name:") && d.type != EntityType.PERSON && d.organisationLabels > 0));
    }

    /** "HSB, the national port regulator": the organisation named just before the comma. */
    private EntityDraft apposed(int start) {
        if (start < 2 || !r.word(start - 1).equals(",") || !r.sameSentence(start - 2, start)) {
            return null;
        }
        Candidate c = r.candidateAt(start - 2);
        if (c == null || c.last() != start - 1) {
            return null;
        }
        EntityDraft d = r.links.get(c);
        return d != null && d.type == EntityType.ORG ? d : null;
    }

    private boolean isModifier(int k) {
        String w = r.word(k);
        String pos = r.tokens.get(k).pos();
        if (w.equals("-")) {
            return true;
        }
        if (ArticleReading.isAcronym(w)) {
            return true; // "the GPU maker"
        }
        if (!Character.isLowerCase(w.codePointAt(0))) {
            return inHyphenCompound(k); // "the Oslo-based company", "the Dana Voss-led company"
        }
        if (pos.isEmpty()) {
            return !FUNCTION_WORDS.contains(w); // no part of speech from a model-free tagger
        }
        return pos.startsWith("JJ") || pos.equals("NN") || pos.equals("NNS") || pos.equals("VBN")
                || pos.equals("HYPH") || pos.equals("VBG");
    }

    private boolean inHyphenCompound(int k) {
        for (int t = k + 1; t < r.tokens.size() && t <= k + 3 && r.sameSentence(k, t); t++) {
            String w = r.word(t);
            if (w.equals("-") && r.tokens.get(t).start() == r.tokens.get(t - 1).end()) {
                return true;
            }
            if (!r.tokens.get(t).capitalised()) {
                return false;
            }
        }
        return false;
    }

    private EntityDraft best(int start, int head) {
        String country = null;
        for (int t = start; t < head; t++) {
            Candidate c = r.candidateAt(t);
            if (c != null && c.known() != null && c.known().entity().country() != null) {
                country = c.known().entity().country();
                break;
            }
        }
        String noun = r.lower(head);
        EntityDraft best = null;
        int bestScore = 0;
        for (EntityDraft d : r.drafts) {
            if (!describable(d)) {
                continue;
            }
            if (country != null && d.country != null && !country.equals(d.country)) {
                continue;
            }
            boolean named = (" " + d.canonical.toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + noun + " ");
            if (!named && d.mentions < 2) {
                continue;
            }
            int score = (named ? 10_000 : 0) + (d.firstToken < head ? 1_000 : 0) + d.mentions;
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }
}
