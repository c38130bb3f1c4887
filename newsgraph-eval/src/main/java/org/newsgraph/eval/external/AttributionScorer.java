package org.newsgraph.eval.external;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * Scores system quotes against gold attributions, document by document.
 *
 * <ul>
 *   <li>A gold attribution is <b>found</b> when a system quote overlaps its content (from its first to its last
 *   fragment); each system quote is matched at most once, in text order.</li>
 *   <li>A system quote is <b>right</b> (precision) when it overlaps the content of any gold attribution.</li>
 *   <li>For a found attribution with an annotated source, the <b>speaker is right</b> when the system's speaker
 *   mention overlaps the gold source, or one of the system's names for the speaker ends in the same word as the gold
 *   source ("Donald Trump" for "Trump", "Mr. Trump" for "Donald J. Trump"); a pronoun source ("he") is only right by
 *   overlap.</li>
 * </ul>
 *
 * Accumulates counts: not thread-safe. Nothing is thrown for empty lists or unusual spans.
 */
public final class AttributionScorer {
    private int gold;
    private int goldDirect;
    private int found;
    private int foundDirect;
    private int system;
    private int systemRight;
    private int withSource;
    private int foundWithSource;
    private int attributed;
    private int speakerRight;
    private int directFoundWithSource;
    private int directSpeakerRight;

    /** Adds one document. */
    public void add(String text, List<GoldAttribution> golds, List<SystemQuote> quotes) {
        boolean[] used = new boolean[quotes.size()];
        system += quotes.size();
        for (SystemQuote q : quotes) {
            if (golds.stream().anyMatch(g -> g.contentCover().overlaps(q.span()))) {
                systemRight++;
            }
        }
        for (GoldAttribution g : golds) {
            gold++;
            goldDirect += g.direct() ? 1 : 0;
            boolean hasSource = !g.source().isEmpty();
            withSource += hasSource ? 1 : 0;
            int match = -1;
            for (int i = 0; i < quotes.size() && match < 0; i++) {
                if (!used[i] && quotes.get(i).span().overlaps(g.contentCover())) {
                    match = i;
                }
            }
            if (match < 0) {
                continue;
            }
            used[match] = true;
            found++;
            foundDirect += g.direct() ? 1 : 0;
            if (!hasSource) {
                continue;
            }
            foundWithSource++;
            directFoundWithSource += g.direct() ? 1 : 0;
            SystemQuote q = quotes.get(match);
            attributed += q.attributed() ? 1 : 0;
            if (speakerRight(text, g.source(), q)) {
                speakerRight++;
                directSpeakerRight += g.direct() ? 1 : 0;
            }
        }
    }

    static boolean speakerRight(String text, List<Span> source, SystemQuote q) {
        if (q.speaker() != null && source.stream().anyMatch(s -> s.overlaps(q.speaker()))) {
            return true;
        }
        String goldLast = ActorMatch.lastWord(source.stream().map(s -> s.of(text)).reduce("", (a, b) -> a + " " + b));
        return !goldLast.isEmpty() && q.speakerNames().stream().anyMatch(n -> ActorMatch.lastWord(n).equals(goldLast));
    }

    /** The figures so far. */
    public AttributionScores scores() {
        return new AttributionScores(gold, goldDirect, system, Ratio.of(found, gold), Ratio.of(foundDirect, goldDirect),
                Ratio.of(systemRight, system), Ratio.of(attributed, foundWithSource), Ratio.of(speakerRight, foundWithSource),
                Ratio.of(directSpeakerRight, directFoundWithSource), Ratio.of(speakerRight, withSource));
    }
}
