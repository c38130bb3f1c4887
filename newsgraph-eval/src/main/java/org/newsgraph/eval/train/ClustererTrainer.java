package org.newsgraph.eval.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.eval.score.ClusterScores;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.cluster.ClusterSettings;
import org.newsgraph.pipeline.cluster.PairModel;
import org.newsgraph.pipeline.cluster.PairTraining;
import org.newsgraph.pipeline.cluster.SignalEventClusterer;
import org.newsgraph.pipeline.cluster.TextEmbedder;

/**
 * Learns the clusterer's {@link PairModel}. For every regularisation strength and every set held out in turn, a
 * logistic regression is fitted on the pairs of the other sets (each set weighing the same in total); the held-out
 * set is then clustered with it under every candidate threshold triple (link, undated link, event fit) and scored
 * by B³ F1. The choice with the best mean held-out F1 (ties: the best worst set) is refitted on all sets and
 * returned with the figures behind it. Deterministic.
 */
public final class ClustererTrainer {
    static final double[] L2 = {0.03, 0.1, 0.3};
    static final double[] LINK = {0.2, 0.3, 0.4, 0.5, 0.65};
    static final double[] UNDATED_EXTRA = {0.0, 0.15, 0.3};
    static final double[] FIT = {0.1, 0.15, 0.2, 0.3};

    /** One candidate setting of the trainer. */
    public record Choice(double l2, double link, double undatedLink, double eventFit) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "l2=%.2f link=%.2f undated=%.2f fit=%.2f", l2, link, undatedLink, eventFit);
        }
    }

    /** A choice and the B³ F1 of each held-out set under it, in set order. */
    public record Trial(Choice choice, List<Double> heldOutF1) {
        public Trial {
            heldOutF1 = List.copyOf(heldOutF1);
        }

        public double mean() {
            return heldOutF1.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        public double worst() {
            return heldOutF1.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }
    }

    /** The model, the sets it was trained on, every trial (best first) and the number of labelled pairs per set. */
    public record Result(PairModel model, List<String> sets, List<Trial> trials, List<Integer> pairs) {
        public Result {
            sets = List.copyOf(sets);
            trials = List.copyOf(trials);
            pairs = List.copyOf(pairs);
        }
    }

    private ClustererTrainer() {
    }

    public static Result train(List<TrainingSet> sets, TextEmbedder embedder) {
        if (sets.size() < 2) {
            throw new IllegalArgumentException("leave-one-set-out needs at least two sets");
        }
        TextEmbedder cached = new CachedEmbedder(embedder);
        List<List<PairTraining.Example>> examples = new ArrayList<>();
        for (TrainingSet s : sets) {
            examples.add(PairTraining.examples(s.articles(), s.goldEvent(), cached));
        }
        List<Trial> trials = new ArrayList<>();
        for (double l2 : L2) {
            List<LogisticRegression.Fit> fits = new ArrayList<>();
            for (int held = 0; held < sets.size(); held++) {
                fits.add(LogisticRegression.fit(rows(examples, held), l2));
            }
            for (double link : LINK) {
                for (double extra : UNDATED_EXTRA) {
                    double undated = Math.min(0.95, link + extra);
                    for (double fit : FIT) {
                        if (fit > link) {
                            continue;
                        }
                        List<Double> f1 = new ArrayList<>();
                        for (int held = 0; held < sets.size(); held++) {
                            PairModel model = new PairModel(fits.get(held).weights(), fits.get(held).bias(), link, undated, fit, "trial");
                            f1.add(bcubed(sets.get(held), model, cached));
                        }
                        trials.add(new Trial(new Choice(l2, link, undated, fit), f1));
                    }
                }
            }
        }
        trials.sort((a, b) -> a.mean() != b.mean() ? Double.compare(b.mean(), a.mean()) : Double.compare(b.worst(), a.worst()));
        Trial best = trials.getFirst();
        LogisticRegression.Fit all = LogisticRegression.fit(rows(examples, -1), best.choice().l2());
        List<String> names = sets.stream().map(TrainingSet::name).toList();
        List<Integer> pairs = examples.stream().map(List::size).toList();
        StringBuilder provenance = new StringBuilder("Learned by `newsgraph train-clusterer`; do not edit by hand.\n");
        provenance.append("Pairs (articles sharing an index key, no date veto) from: ");
        for (int i = 0; i < names.size(); i++) {
            provenance.append(i == 0 ? "" : ", ").append(names.get(i)).append(" (").append(pairs.get(i)).append(")");
        }
        provenance.append("\nChosen by leave-one-set-out B3 F1: ").append(best.choice()).append('\n');
        provenance.append("Held-out B3 F1: ");
        for (int i = 0; i < names.size(); i++) {
            provenance.append(i == 0 ? "" : ", ").append(names.get(i)).append(' ')
                    .append(String.format(Locale.ROOT, "%.3f", best.heldOutF1().get(i)));
        }
        PairModel model = new PairModel(all.weights(), all.bias(), best.choice().link(), best.choice().undatedLink(),
                best.choice().eventFit(), provenance.toString());
        return new Result(model, names, trials, pairs);
    }

    /** The pairs of every set but {@code held} (none held out when negative), each set weighing the same. */
    private static List<LogisticRegression.Row> rows(List<List<PairTraining.Example>> examples, int held) {
        int total = 0;
        int sets = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (i != held && !examples.get(i).isEmpty()) {
                total += examples.get(i).size();
                sets++;
            }
        }
        List<LogisticRegression.Row> rows = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (i == held || examples.get(i).isEmpty()) {
                continue;
            }
            double weight = (double) total / sets / examples.get(i).size();
            for (PairTraining.Example e : examples.get(i)) {
                rows.add(new LogisticRegression.Row(e.features(), e.sameEvent(), weight));
            }
        }
        return rows;
    }

    /** B³ F1 of a set clustered with a model (only articles with a gold event are scored). */
    static double bcubed(TrainingSet set, PairModel model, TextEmbedder embedder) {
        SignalEventClusterer clusterer = new SignalEventClusterer(ClusterSettings.DEFAULTS, embedder, model);
        for (Processed p : set.articles()) {
            clusterer.add(p);
        }
        Map<String, String> system = clusterer.snapshot().eventOfArticle();
        return ClusterScores.of(set.goldEvent(), system).f1();
    }
}
