package org.newsgraph.eval.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.eval.ecbplus.EcbConllReader;
import org.newsgraph.eval.ecbplus.EcbDocument;
import org.newsgraph.eval.gold.DatasetSource;
import org.newsgraph.eval.gold.GoldArticle;
import org.newsgraph.eval.gold.GoldLoader;
import org.newsgraph.eval.gold.GoldSet;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.ingest.SourceItem;

/**
 * One labelled set, processed once by the language layer: its articles in arrival order and the gold event of each.
 *
 * @param name      the set's name
 * @param articles  processed articles, in arrival order
 * @param goldEvent article id → gold event id
 */
public record TrainingSet(String name, List<Processed> articles, Map<String, String> goldEvent) {
    public TrainingSet {
        Objects.requireNonNull(name, "name");
        articles = List.copyOf(articles);
        goldEvent = Map.copyOf(goldEvent);
    }

    /** A gold-set folder (devset schema): gold events from {@code gold.json}. */
    public static Outcome<TrainingSet> goldFolder(String name, Path dir, Pipeline pipeline) {
        Outcome<GoldSet> loaded = GoldLoader.load(dir.resolve("gold.json"));
        if (loaded instanceof Outcome.Failed<GoldSet> f) {
            return new Outcome.Failed<>(f.problem());
        }
        Map<String, String> gold = new HashMap<>();
        for (GoldArticle a : ((Outcome.Ok<GoldSet>) loaded).value().articles()) {
            if (a.event() != null) {
                gold.put(a.id(), a.event());
            }
        }
        List<RawDocument> documents = new ArrayList<>();
        new DatasetSource(dir).read(item -> {
            if (item instanceof SourceItem.Document d) {
                documents.add(d.document());
            }
        });
        return Outcome.ok(new TrainingSet(name, process(documents, pipeline), gold));
    }

    /** A cross-document CoNLL set whose sub-topics are events (ECB+). */
    public static Outcome<TrainingSet> subtopicConll(String name, Path conll, Pipeline pipeline) {
        if (!Files.isRegularFile(conll)) {
            return Outcome.failed("not-found", "no such file", conll.toString());
        }
        Outcome<List<EcbDocument>> read = EcbConllReader.read(conll);
        if (read instanceof Outcome.Failed<List<EcbDocument>> f) {
            return new Outcome.Failed<>(f.problem());
        }
        Map<String, String> gold = new HashMap<>();
        List<RawDocument> documents = new ArrayList<>();
        for (EcbDocument d : ((Outcome.Ok<List<EcbDocument>>) read).value()) {
            gold.put(d.id(), d.topic() + "/" + d.subtopic());
            documents.add(d.raw());
        }
        return Outcome.ok(new TrainingSet(name, process(documents, pipeline), gold));
    }

    private static List<Processed> process(List<RawDocument> documents, Pipeline pipeline) {
        List<Processed> out = new ArrayList<>();
        Set<String> fingerprints = new HashSet<>();
        for (RawDocument raw : documents) {
            if (pipeline.extract(raw) instanceof Outcome.Ok<Article> ok && fingerprints.add(ok.value().fingerprint())) {
                out.add(pipeline.process(ok.value()));
            }
        }
        return out;
    }
}
