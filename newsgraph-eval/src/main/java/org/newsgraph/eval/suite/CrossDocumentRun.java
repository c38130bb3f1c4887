package org.newsgraph.eval.suite;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.ecbplus.EcbDocument;
import org.newsgraph.eval.score.ClusterScores;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.Pipeline;

/**
 * Clusters the documents of a cross-document set (CoNLL, rebuilt into text) with one pipeline and scores the
 * clustering against the set's groups: sub-topics and topics, or topics alone.
 */
final class CrossDocumentRun {
    /** Scores against the event groups (null where the set has none) and the topic groups (null where unused). */
    record Scores(ClusterScores events, ClusterScores topics) {
    }

    private CrossDocumentRun() {
    }

    static Scores run(List<EcbDocument> documents, Pipeline pipeline, SuiteSet.Kind kind) {
        Map<String, String> subtopic = new HashMap<>();
        Map<String, String> topic = new HashMap<>();
        for (EcbDocument d : documents) {
            if (pipeline.extract(d.raw()) instanceof Outcome.Ok<Article> ok) {
                pipeline.process(ok.value());
            }
            subtopic.put(d.id(), d.topic() + "/" + d.subtopic());
            topic.put(d.id(), d.topic());
        }
        Map<String, String> system = pipeline.clustering().eventOfArticle();
        return switch (kind) {
            case CONLL_SUBTOPIC_EVENTS -> new Scores(ClusterScores.of(subtopic, system), ClusterScores.of(topic, system));
            case CONLL_TOPIC_EVENTS -> new Scores(ClusterScores.of(topic, system), null);
            case CONLL_TOPICS_ONLY -> new Scores(null, ClusterScores.of(topic, system));
            case GOLD_FOLDER -> throw new IllegalArgumentException("a gold folder is not a CoNLL set");
        };
    }
}
