package org.newsgraph.pipeline.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.pipeline.Processed;

/**
 * Labelled pairs for learning a {@link PairModel}: the articles of one gold set are profiled in arrival order, as
 * the clusterer would, and every pair the clusterer could meet (the two share an index key: a lead actor, a title
 * word or an embedding bucket) and no hard date rule forbids becomes one example, labelled by whether the gold puts
 * both articles in one event. Verbatim copies are left out (the deduplicator links them, not the model).
 */
public final class PairTraining {
    /** One labelled pair: the two article ids, the features ({@link PairModel#featureNames()}) and the label. */
    public record Example(String a, String b, double[] features, boolean sameEvent) {
        public Example {
            features = features.clone();
        }
    }

    private PairTraining() {
    }

    /**
     * @param articles  the processed articles of one set, in arrival order
     * @param goldEvent article id → gold event id; articles without one are left out
     */
    public static List<Example> examples(List<Processed> articles, Map<String, String> goldEvent, TextEmbedder embedder) {
        Objects.requireNonNull(goldEvent);
        ClusterSettings settings = ClusterSettings.DEFAULTS;
        Vocabulary vocabulary = new Vocabulary();
        ArticleProfiler profiler = new ArticleProfiler(settings, vocabulary, embedder);
        List<ArticleProfile> profiles = new ArrayList<>();
        for (Processed p : articles) {
            if (goldEvent.containsKey(p.article().id())) {
                profiles.add(profiler.profile(p));
            }
        }
        PairFeatures features = new PairFeatures(settings, vocabulary);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            for (int j = i + 1; j < profiles.size(); j++) {
                ArticleProfile a = profiles.get(i);
                ArticleProfile b = profiles.get(j);
                if (features.vetoed(a, b) || java.util.Collections.disjoint(a.keys(), b.keys())
                        || a.id().equals(b.copyOf()) || b.id().equals(a.copyOf())) {
                    continue;
                }
                out.add(new Example(a.id(), b.id(), features.of(a, b), goldEvent.get(a.id()).equals(goldEvent.get(b.id()))));
            }
        }
        return out;
    }
}
