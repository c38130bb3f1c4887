package org.newsgraph.eval.score;

import java.util.List;
import java.util.Locale;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.gold.GoldEntity;
import org.newsgraph.eval.gold.GoldQuote;
import org.newsgraph.eval.gold.GoldSet;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Processed;

/**
 * Quote metrics. recall: share of gold quotes whose text lies within, or contains, the text of a system quote of
 * the same article. speaker_accuracy: among recalled quotes with a gold speaker, share whose system speaker
 * entity has a canonical name or alias equal to the gold speaker's canonical name or one of its gold aliases;
 * the system quote judged is the shortest one containing the gold text, else the longest one inside it.
 * Null when the system found no quote at all.
 */
public final class QuoteScorer {
    private QuoteScorer() {
    }

    public static EvalReport.Quotes score(GoldSet gold, SystemOutput system) {
        boolean any = system.articles().values().stream().anyMatch(p -> !p.annotated().quotes().isEmpty());
        if (!any || gold.quotes().isEmpty()) {
            return new EvalReport.Quotes(null, null);
        }
        int recalled = 0, attributed = 0, speakerOk = 0;
        for (GoldQuote g : gold.quotes()) {
            Processed p = system.articles().get(g.article());
            if (p == null) {
                continue;
            }
            Quote match = match(g, p).orElse(null);
            if (match == null) {
                continue;
            }
            recalled++;
            if (g.speaker() != null) {
                attributed++;
                if (speakerMatches(match, p, g.speaker(), gold)) {
                    speakerOk++;
                }
            }
        }
        return new EvalReport.Quotes((double) recalled / gold.quotes().size(), attributed == 0 ? null : (double) speakerOk / attributed);
    }

    /** The system quote judged for a gold quote: the shortest one containing its text, else the longest one inside it. */
    static java.util.Optional<Quote> match(GoldQuote g, Processed p) {
        String goldText = key(g.text());
        Quote match = null;
        boolean matchContains = false;
        int matchLength = 0;
        for (Quote q : p.annotated().quotes()) {
            String sys = key(q.span().of(p.article().text()));
            if (sys.isBlank()) {
                continue;
            }
            boolean contains = sys.contains(goldText);
            if (!contains && !goldText.contains(sys)) {
                continue;
            }
            boolean better = match == null
                    || (contains && !matchContains)
                    || (contains && sys.length() < matchLength)
                    || (!contains && !matchContains && sys.length() > matchLength);
            if (better) {
                match = q;
                matchContains = contains;
                matchLength = sys.length();
            }
        }
        return java.util.Optional.ofNullable(match);
    }

    static boolean speakerMatches(Quote q, Processed p, String goldSpeaker, GoldSet gold) {
        if (q.speakerId() == null) {
            return false;
        }
        List<String> goldNames = new java.util.ArrayList<>(List.of(goldSpeaker));
        for (GoldEntity e : gold.entities()) {
            if (key(e.canonical()).equals(key(goldSpeaker))) {
                goldNames.addAll(e.aliases());
            }
        }
        for (Entity e : p.annotated().entities()) {
            if (e.id().equals(q.speakerId())) {
                List<String> names = new java.util.ArrayList<>(e.aliases());
                names.add(e.canonical());
                for (String n : names) {
                    for (String g : goldNames) {
                        if (key(n).equals(key(g))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static String key(String s) {
        String n = TextMatch.normalize(s).toLowerCase(Locale.ROOT);
        return n.replaceAll("^[\\s\"'.,;:]+|[\\s\"'.,;:]+$", "");
    }
}
