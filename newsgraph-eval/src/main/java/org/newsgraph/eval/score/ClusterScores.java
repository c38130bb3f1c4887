package org.newsgraph.eval.score;

import java.util.HashMap;
import java.util.Map;

/**
 * B³ and pairwise scores of a clustering against gold labels, over the items that have a gold label. An item
 * the system did not place counts as a singleton.
 *
 * @param precision B³ precision
 * @param recall    B³ recall
 * @param f1        B³ F1
 * @param pairwiseF1 F1 over same-cluster item pairs (1.0 when neither side has a pair)
 */
public record ClusterScores(double precision, double recall, double f1, double pairwiseF1) {

    /** @param gold item → gold cluster; @param system item → system cluster (missing: singleton) */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> system) {
        Map<String, String> sys = new HashMap<>();
        gold.keySet().forEach(item -> sys.put(item, system.getOrDefault(item, "\u0000" + item)));
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> sysSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String item : gold.keySet()) {
            goldSize.merge(gold.get(item), 1, Integer::sum);
            sysSize.merge(sys.get(item), 1, Integer::sum);
            both.merge(gold.get(item) + "\u0001" + sys.get(item), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String item : gold.keySet()) {
            int overlap = both.get(gold.get(item) + "\u0001" + sys.get(item));
            p += (double) overlap / sysSize.get(sys.get(item));
            r += (double) overlap / goldSize.get(gold.get(item));
        }
        int n = gold.size();
        if (n == 0) {
            return new ClusterScores(1, 1, 1, 1);
        }
        p /= n;
        r /= n;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        long truePairs = both.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
        long sysPairs = sysSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
        long goldPairs = goldSize.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
        double pp = sysPairs == 0 ? 1 : (double) truePairs / sysPairs;
        double pr = goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        double pf = pp + pr == 0 ? 0 : 2 * pp * pr / (pp + pr);
        return new ClusterScores(p, r, f1, pf);
    }
}
