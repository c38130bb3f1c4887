package org.newsgraph.eval.score;

import java.util.HashSet;
import java.util.Set;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.gold.GoldArticle;
import org.newsgraph.eval.gold.GoldSet;
import org.newsgraph.pipeline.Processed;

/**
 * Duplicate pairs, undirected: gold pairs from {@code near_duplicate_of}, system pairs from each article's
 * {@code duplicateOf}, both restricted to gold articles. precision = correct system pairs / system pairs (1.0 when
 * the system claims none: no wrong claim was made); recall = correct / gold pairs (null when gold has none).
 */
public final class DedupScorer {
    private DedupScorer() {
    }

    public static EvalReport.Dedup score(GoldSet gold, SystemOutput system) {
        Set<String> ids = new HashSet<>();
        gold.articles().forEach(a -> ids.add(a.id()));
        Set<Set<String>> goldPairs = new HashSet<>();
        for (GoldArticle a : gold.articles()) {
            if (a.nearDuplicateOf() != null) {
                goldPairs.add(Set.of(a.id(), a.nearDuplicateOf()));
            }
        }
        Set<Set<String>> sysPairs = new HashSet<>();
        for (Processed p : system.articles().values()) {
            String of = p.duplicate().duplicateOf();
            if (of != null && ids.contains(p.article().id()) && ids.contains(of) && !of.equals(p.article().id())) {
                sysPairs.add(Set.of(p.article().id(), of));
            }
        }
        Set<Set<String>> correct = new HashSet<>(sysPairs);
        correct.retainAll(goldPairs);
        Double precision = sysPairs.isEmpty() ? 1.0 : (double) correct.size() / sysPairs.size();
        Double recall = goldPairs.isEmpty() ? null : (double) correct.size() / goldPairs.size();
        return new EvalReport.Dedup(precision, recall);
    }
}
