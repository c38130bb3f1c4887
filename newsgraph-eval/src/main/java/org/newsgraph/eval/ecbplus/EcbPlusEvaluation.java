package org.newsgraph.eval.ecbplus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsgraph.eval.score.ClusterScores;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.Pipeline;

/** Clusters ECB+ documents with a pipeline and scores the clusters against sub-topics and topics. */
public final class EcbPlusEvaluation {
    /** Scores against sub-topics (one event each) and topics (same kind of event), and how many events were made. */
    public record Result(int documents, int events, ClusterScores subtopics, ClusterScores topics, double seconds) {
    }

    private EcbPlusEvaluation() {
    }

    public static Result run(List<EcbDocument> documents, Supplier<Pipeline> pipelines) {
        Pipeline pipeline = pipelines.get();
        long start = System.nanoTime();
        Map<String, String> subtopic = new HashMap<>();
        Map<String, String> topic = new HashMap<>();
        for (EcbDocument d : documents) {
            if (pipeline.extract(d.raw()) instanceof Outcome.Ok<Article> ok) {
                pipeline.process(ok.value());
                subtopic.put(d.id(), d.subtopic());
                topic.put(d.id(), d.topic());
            }
        }
        Map<String, String> system = pipeline.clustering().eventOfArticle();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(subtopic.size(), (int) system.values().stream().distinct().count(),
                ClusterScores.of(subtopic, system), ClusterScores.of(topic, system), seconds);
    }
}
