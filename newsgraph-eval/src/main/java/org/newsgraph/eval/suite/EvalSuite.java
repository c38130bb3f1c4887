package org.newsgraph.eval.suite;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.ReportJson;
import org.newsgraph.eval.ecbplus.EcbConllReader;
import org.newsgraph.eval.ecbplus.EcbDocument;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.EventBuilder;

/**
 * Runs every set of the suite with the product's line-up and each baseline, in one process, and collects the
 * figures. A set whose files are missing is reported as skipped, not silently left out.
 */
public final class EvalSuite {
    /** The metric that says how far the product's clustering is above the embeddings-only baseline of the same run. */
    public static final String OVER_EMBEDDINGS = "events.bcubed_f1_over_embeddings";

    private final Clusterer product;
    private final List<Clusterer> baselines;
    private final EventBuilder events;

    public EvalSuite(Clusterer product, List<Clusterer> baselines, EventBuilder events) {
        this.product = Objects.requireNonNull(product);
        this.baselines = List.copyOf(baselines);
        this.events = Objects.requireNonNull(events);
    }

    /** Progress, one line per set and line-up, for a person watching a run of several minutes. */
    public interface Progress {
        void started(SuiteSet set, String lineUp);
    }

    public SuiteReport run(List<SuiteSet> sets, Progress progress) {
        List<SetResult> results = new ArrayList<>();
        for (SuiteSet set : sets) {
            results.add(run(set, progress));
        }
        return new SuiteReport(results);
    }

    private SetResult run(SuiteSet set, Progress progress) {
        if (!Files.exists(set.path())) {
            return SetResult.skipped(set, "not found: " + set.path());
        }
        return set.kind() == SuiteSet.Kind.GOLD_FOLDER ? goldFolder(set, progress) : crossDocument(set, progress);
    }

    private SetResult goldFolder(SuiteSet set, Progress progress) {
        progress.started(set, product.label());
        Outcome<EvalReport> main = new Evaluator(product.pipelines(), events).evaluate(set.path());
        if (main instanceof Outcome.Failed<EvalReport> f) {
            return SetResult.skipped(set, f.problem().message());
        }
        Map<String, Double> metrics = ReportJson.metrics(((Outcome.Ok<EvalReport>) main).value());
        Map<String, Map<String, Double>> base = new LinkedHashMap<>();
        for (Clusterer b : baselines) {
            progress.started(set, b.label());
            if (new Evaluator(b.pipelines(), events).evaluate(set.path()) instanceof Outcome.Ok<EvalReport> ok) {
                EvalReport.Events e = ok.value().events();
                base.put(b.label(), events(e.bcubedPrecision(), e.bcubedRecall(), e.bcubedF1(), e.pairwiseF1()));
            }
        }
        return withMargin(set, metrics, base);
    }

    private SetResult crossDocument(SuiteSet set, Progress progress) {
        Outcome<List<EcbDocument>> read = EcbConllReader.read(set.path());
        if (read instanceof Outcome.Failed<List<EcbDocument>> f) {
            return SetResult.skipped(set, f.problem().message());
        }
        List<EcbDocument> docs = ((Outcome.Ok<List<EcbDocument>>) read).value();
        progress.started(set, product.label());
        Map<String, Double> metrics = conll(CrossDocumentRun.run(docs, product.pipelines().get(), set.kind()));
        Map<String, Map<String, Double>> base = new LinkedHashMap<>();
        for (Clusterer b : baselines) {
            progress.started(set, b.label());
            base.put(b.label(), conll(CrossDocumentRun.run(docs, b.pipelines().get(), set.kind())));
        }
        return withMargin(set, metrics, base);
    }

    private static SetResult withMargin(SuiteSet set, Map<String, Double> metrics, Map<String, Map<String, Double>> base) {
        Map<String, Double> out = new LinkedHashMap<>(metrics);
        Double system = metrics.get("events.bcubed_f1");
        Map<String, Double> embeddings = base.get("embeddings");
        if (system != null && embeddings != null && embeddings.get("events.bcubed_f1") != null) {
            out.put(OVER_EMBEDDINGS, system - embeddings.get("events.bcubed_f1"));
        }
        return new SetResult(set, out, base, null);
    }

    private static Map<String, Double> conll(CrossDocumentRun.Scores s) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (s.events() != null) {
            m.putAll(events(s.events().precision(), s.events().recall(), s.events().f1(), s.events().pairwiseF1()));
        }
        if (s.topics() != null) {
            m.put("topics.bcubed_f1", s.topics().f1());
        }
        return m;
    }

    private static Map<String, Double> events(Double p, Double r, Double f1, Double pairwise) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("events.bcubed_precision", p);
        m.put("events.bcubed_recall", r);
        m.put("events.bcubed_f1", f1);
        m.put("events.pairwise_f1", pairwise);
        return m;
    }
}
