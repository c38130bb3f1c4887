package org.newsgraph.pipeline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Span;

/**
 * Finds the cues of an {@link EventOntology} in a token sequence. Where matches overlap, the one with more words
 * wins, then the one covering more tokens, then the one with the higher weight, then the earlier entry of the ontology. Matches of type
 * {@code IGNORE} take part in that contest and are then dropped. Thread-safe (immutable).
 */
final class CueMatcher {
    static final String IGNORE = "IGNORE";
    private final List<EventCue> cues;
    /** Cue indexes by the key of their first token ({@code s:stem} or {@code e:form}), in ontology order. */
    private final Map<String, List<Integer>> byFirstToken = new HashMap<>();

    CueMatcher(EventOntology ontology) {
        this.cues = ontology.cues();
        for (int c = 0; c < cues.size(); c++) {
            CueToken first = cues.get(c).pattern().tokens().getFirst();
            String key = first instanceof CueToken.Exact e ? "e:" + e.form() : "s:" + ((CueToken.Stem) first).stem();
            byFirstToken.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
    }

    /** Non-overlapping best matches, in text order; an empty token list gives an empty result. */
    List<CueMatch> find(List<Token> tokens) {
        List<Ranked> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            for (String key : List.of("s:" + token.stem(), "e:" + token.lower())) {
                for (int c : byFirstToken.getOrDefault(key, List.of())) {
                    EventCue cue = cues.get(c);
                    int end = matchAt(cue.pattern().tokens(), 0, tokens, i);
                    if (end >= 0) {
                        all.add(new Ranked(new CueMatch(cue, i, end, new Span(token.span().start(), tokens.get(end).span().end())), c));
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt((Ranked r) -> -r.match().cue().pattern().words())
                .thenComparingInt(r -> r.match().first() - r.match().last())
                .thenComparingDouble(r -> -r.match().cue().weight())
                .thenComparingInt(Ranked::order)
                .thenComparingInt(r -> r.match().first()));
        List<CueMatch> chosen = new ArrayList<>();
        for (Ranked r : all) {
            if (chosen.stream().noneMatch(m -> m.first() <= r.match().last() && r.match().first() <= m.last())) {
                chosen.add(r.match());
            }
        }
        return chosen.stream()
                .filter(m -> !m.cue().type().equals(IGNORE))
                .sorted(Comparator.comparingInt(CueMatch::first))
                .toList();
    }

    /** Index of the last token matched when {@code pattern[p..]} matches at {@code tokens[i..]}, else -1. */
    private static int matchAt(List<CueToken> pattern, int p, List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        CueToken want = pattern.get(p);
        if (want instanceof CueToken.Gap gap) {
            for (int skip = 0; skip <= gap.max(); skip++) {
                int end = matchAt(pattern, p + 1, tokens, i + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        Token token = tokens.get(i);
        boolean ok = switch (want) {
            case CueToken.Exact e -> token.lower().equals(e.form());
            case CueToken.Stem s -> token.stem().equals(s.stem());
            case CueToken.Gap g -> false;
        };
        if (!ok) {
            return -1;
        }
        return p == pattern.size() - 1 ? i : matchAt(pattern, p + 1, tokens, i + 1);
    }

    private record Ranked(CueMatch match, int order) {
    }
}
