package org.newsgraph.pipeline.annotate.entities;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionKind;

/**
 * Names from the knowledge tables in one article, longest match first: countries (also with a lost apostrophe,
 * "Norways"), capitals as the government or, after "in"/"to" and in datelines, as the place, demonyms,
 * organisations and their acronyms, state bodies named with their country ("Kenyan Foreign Ministry",
 * "Security Council of the Kingdom of Norway"), and outlets, which are kept apart so that they never become
 * entities. Not thread-safe; used inside one {@link ArticleReading}.
 */
final class KnownNameFinder {

    private static final int MAX_NAME_TOKENS = 8;
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "into", "near", "outside", "inside",
            "via", "across", "around", "toward", "towards", "visited", "visiting", "arrived", "left", "reached");
    private static final Set<String> GOVERNMENT = Set.of("regime", "government", "administration", "authorities", "leadership");

    private final ArticleReading r;

    KnownNameFinder(ArticleReading reading) {
        this.r = reading;
    }

    void find() {
        int n = r.tokens.size();
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(r.word(i).codePointAt(0))) {
                continue;
            }
            int matched = 0;
            for (int len = Math.min(MAX_NAME_TOKENS, n - i); len >= 1 && matched == 0; len--) {
                int j = i + len;
                if (!r.sameSentence(i, j - 1)) {
                    continue;
                }
                String surface = r.surface(i, j);
                if (!r.tokens.get(i).capitalised() && !r.lower(i).equals("the")) {
                    continue;
                }
                if (!ArticleReading.hasUpperCase(r.word(j - 1)) && !Character.isDigit(r.word(j - 1).codePointAt(0))) {
                    continue; // "Cote d'Ivoire" ends with a capital inside its last word
                }
                if (r.knowledge.isOutlet(surface)) {
                    r.outlets.add(new Candidate(i, j, r.span(i, j), surface, EntityType.ORG, MentionKind.NAME, null));
                    matched = len;
                    continue;
                }
                Optional<KnownName> known = r.knowledge.lookup(surface);
                if (known.isEmpty() && len >= 2 && lostApostrophe(r.word(j - 1))) {
                    // "Islamic Republics" for "Islamic Republic's"
                    known = r.knowledge.lookup(surface.substring(0, surface.length() - 1))
                            .filter(k -> k.kind() == MentionKind.NAME || k.kind() == MentionKind.METONYM)
                            .map(k -> new KnownName(k.entity(), k.kind(), null));
                }
                if (known.isPresent()) {
                    addKnown(i, j, surface, known.get());
                    matched = len;
                }
            }
            if (matched == 0 && r.tokens.get(i).capitalised()) {
                String w = r.word(i);
                if (lostApostrophe(w)) {
                    Optional<KnownName> known = r.knowledge.lookup(w.substring(0, w.length() - 1))
                            .filter(k -> k.kind() == MentionKind.NAME || k.kind() == MentionKind.METONYM
                                    || k.kind() == MentionKind.ACRONYM);
                    if (known.isPresent()) {
                        KnownName k = known.get();
                        KnownName government = new KnownName(k.entity(), k.kind(), null);
                        addKnown(i, i + 1, w, government);
                        matched = 1;
                    }
                }
            }
            if (matched > 0) {
                i += matched - 1;
            }
        }
    }

    private static boolean lostApostrophe(String w) {
        return w.length() >= 4 && w.endsWith("s") && Character.isLowerCase(w.charAt(w.length() - 2));
    }

    private void addKnown(int i, int j, String surface, KnownName known) {
        KnownName meaning = known;
        MentionKind kind = known.kind();
        int last = j;
        if (known.place() != null && placeContext(i, j)) {
            meaning = new KnownName(known.place(), MentionKind.NAME, null);
            kind = MentionKind.NAME;
        } else if (known.entity().type() == EntityType.GPE && j < r.tokens.size() && r.sameSentence(i, j)
                && GOVERNMENT.contains(r.lower(j))) {
            last = j + 1;
            kind = MentionKind.NOMINAL;
        }
        r.candidates.add(new Candidate(i, last, r.span(i, last), r.surface(i, last), meaning.entity().type(), kind, meaning));
        if (meaning.entity().type() == EntityType.GPE && meaning.place() == null && kind != MentionKind.NOMINAL
                && meaning.entity().id().indexOf(':', 4) < 0) {
            stateBody(i, j, meaning.entity());
            bodyOf(i, last, meaning.entity());
        }
    }

    /** "Security Council of the Kingdom of Norway", "Ministry of Defence of Peru": a body of the country. */
    private void bodyOf(int country, int last, KnownEntity state) {
        int of = country - 1;
        if (of > 0 && r.lower(of).equals("the")) {
            of--;
        }
        if (of < 1 || !r.lower(of).equals("of") || !r.sameSentence(of, country)) {
            return;
        }
        for (int len = 4; len >= 1; len--) {
            int b = of - len;
            if (b < 0 || !r.sameSentence(b, of)) {
                continue;
            }
            String body = r.surface(b, of);
            if (r.knowledge.isStateBody(body) && r.tokens.get(b).capitalised()) {
                KnownEntity org = new KnownEntity("org:" + state.country() + ":" + NameKeys.slug(body), EntityType.ORG,
                        titleCase(body) + " of " + state.canonical(), state.country());
                r.candidates.add(new Candidate(b, last, r.span(b, last), r.surface(b, last), EntityType.ORG, MentionKind.NAME,
                        new KnownName(org, MentionKind.NAME, null)));
                return;
            }
        }
    }

    /** "Kenyan Foreign Ministry", "Norway's Security Council", "the Mongolian Parliament": a body of the country. */
    private void stateBody(int first, int afterCountry, KnownEntity country) {
        int b = afterCountry;
        if (b < r.tokens.size() && ArticleReading.isPossessive(r.word(b)) && !r.word(b).equals("s")) {
            b++;
        }
        for (int len = 4; len >= 1; len--) {
            int e = b + len;
            if (e > r.tokens.size() || !r.sameSentence(first, e - 1)) {
                continue;
            }
            String body = r.surface(b, e);
            if (r.knowledge.isStateBody(body)) {
                String canonical = titleCase(body) + " of " + country.canonical();
                KnownEntity org = new KnownEntity("org:" + country.country() + ":" + NameKeys.slug(body), EntityType.ORG,
                        canonical, country.country());
                r.candidates.add(new Candidate(first, e, r.span(first, e), r.surface(first, e), EntityType.ORG, MentionKind.NAME,
                        new KnownName(org, MentionKind.NAME, null)));
                return;
            }
        }
    }

    private static String titleCase(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Set.of("of", "and", "the", "for").contains(w.toLowerCase(Locale.ROOT)) ? w.toLowerCase(Locale.ROOT)
                    : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** Whether a capital city is spoken of as the place ("in Oslo", a dateline) rather than the government. */
    private boolean placeContext(int i, int j) {
        if (j < r.tokens.size() && ArticleReading.isPossessive(r.word(j)) && !r.word(j).equals("s")) {
            return false;
        }
        if (i > 0 && r.sameSentence(i - 1, i) && LOCATIVE.contains(r.lower(i - 1))) {
            return true;
        }
        boolean lineStart = i == 0 || r.text.substring(r.tokens.get(i - 1).end(), r.tokens.get(i).start()).contains("\n");
        if (lineStart && j < r.tokens.size()) {
            String next = r.word(j);
            return next.equals("(") || next.equals(",") || next.equals("-") || next.equals("—") || next.equals("–")
                    || next.equals(":");
        }
        return false;
    }
}
