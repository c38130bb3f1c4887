package org.newsgraph.pipeline.annotate.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionKind;

/**
 * Organs of the organisations the knowledge tables know, in any case and spelling the tables list for them
 * ({@code organs.tsv}): "CLS Commission", "the Council of Ministers of the CLS", "the CLS stand-by flotilla",
 * "the chiefs of naval staff of CLS". The organisation is the known one right before the organ ("CLS
 * Secretariat", "CLS's standby flotilla") or after it ("of the CLS"); for an organ only such bodies have ("its
 * standby flotilla"), the article's most mentioned known organisation; for a capitalised organ named alone
 * ("the Secretariat"), the organisation of the same organ
 * named earlier in the article. Each organ of each organisation is one entity, {@code org:<organisation>:<organ>}, so every
 * article and every spelling gives the same id. Not thread-safe; used inside one {@link ArticleReading}.
 */
final class OrganFinder {

    private static final int MAX_TOKENS = 8;

    private final ArticleReading r;
    /** The organ's own words inside each organ candidate ("Council of Ministers"). */
    final Map<Candidate, String> organOnly = new HashMap<>();
    /** For each organ named so far, its organisation: a later capitalised "the Commission" is the same organ. */
    private final Map<String, KnownEntity> ownerSoFar = new HashMap<>();

    OrganFinder(ArticleReading reading) {
        this.r = reading;
    }

    void find() {
        KnownEntity salient = mostMentionedOrganisation();
        int n = r.tokens.size();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(r.word(i).codePointAt(0)) || known(i) != null) {
                continue;
            }
            for (int len = Math.min(MAX_TOKENS, n - i); len >= 1; len--) {
                int j = i + len;
                if (!r.sameSentence(i, j - 1)) {
                    continue;
                }
                Optional<Knowledge.Organ> organ = r.knowledge.organ(r.surface(i, j));
                if (organ.isEmpty() || (j < n && known(j) == null && r.sameSentence(j - 1, j)
                        && r.tokens.get(j).capitalised() && Character.isLetter(r.word(j).codePointAt(0))
                        && !r.knowledge.isTitle(r.word(j)))) {
                    continue; // a longer name goes on ("Commission Building"); a title may follow ("Commission President")
                }
                if (found(i, j, organ.get(), salient)) {
                    i = j - 1;
                }
                break;
            }
        }
    }

    private boolean found(int i, int j, Knowledge.Organ organ, KnownEntity salient) {
        int first = i;
        int last = j;
        KnownEntity owner = null;
        Candidate before = i > 0 && r.sameSentence(i - 1, i) ? known(i - 1) : null;
        if (i > 1 && ArticleReading.isPossessive(r.word(i - 1)) && !r.word(i - 1).equals("s")) {
            Candidate possessor = known(i - 2);
            if (possessor != null && isOrganisation(possessor)) {
                owner = possessor.known().entity(); // "CLS's standby flotilla"
            }
        } else if (before != null && isOrganisation(before) && before.last() == i) {
            owner = before.known().entity(); // "CLS Secretariat"
            first = before.first();
        }
        if (owner == null && j + 1 < r.tokens.size() && r.lower(j).equals("of") && r.sameSentence(i, j + 1)) {
            int o = r.lower(j + 1).equals("the") ? j + 2 : j + 1;
            Candidate after = o < r.tokens.size() ? known(o) : null;
            if (after != null && isOrganisation(after) && after.first() == o) {
                owner = after.known().entity(); // "Chiefs of Naval Staff of CLS"
                last = after.last();
            }
        }
        if (owner == null && organ.distinctive() && salient != null && !personAfter(j)) {
            owner = salient; // "its standby flotilla", "the committee of the chiefs of naval staff"
        }
        if (owner == null && r.tokens.get(i).capitalised()) {
            owner = ownerSoFar.get(organ.canonical()); // "the Secretariat", after "the Secretariat of the CLS"
        }
        if (owner == null) {
            return false;
        }
        KnownEntity entity = new KnownEntity(owner.id() + ":" + NameKeys.slug(organ.canonical()), EntityType.ORG,
                owner.canonical() + " " + organ.canonical(), owner.country());
        Candidate c = new Candidate(first, last, r.span(first, last), r.surface(first, last), EntityType.ORG,
                MentionKind.NAME, new KnownName(entity, MentionKind.NAME, null));
        r.candidates.add(c);
        organOnly.put(c, r.surface(i, j));
        ownerSoFar.put(organ.canonical(), owner);
        return true;
    }

    /** "the Chief of Naval Staff Admiral X" is the officer, not the committee. */
    private boolean personAfter(int j) {
        int t = j;
        while (t < r.tokens.size() && r.knowledge.isTitle(r.word(t))) {
            t++;
        }
        return t < r.tokens.size() && r.tokens.get(t).ner().equals("PERSON") && r.sameSentence(j - 1, t);
    }

    private static boolean isOrganisation(Candidate c) {
        return c.type() == EntityType.ORG && c.known().entity().type() == EntityType.ORG
                && c.known().entity().id().indexOf(':', 4) < 0;
    }

    /** The known candidate covering token {@code t}, or {@code null}. */
    private Candidate known(int t) {
        Candidate c = r.candidateAt(t);
        return c != null && c.known() != null ? c : null;
    }

    private KnownEntity mostMentionedOrganisation() {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, KnownEntity> byId = new HashMap<>();
        for (Candidate c : r.candidates) {
            if (c.known() != null && isOrganisation(c)) {
                KnownEntity e = c.known().entity();
                counts.merge(e.id(), 1, Integer::sum);
                byId.put(e.id(), e);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> byId.get(e.getKey())).orElse(null);
    }
}
