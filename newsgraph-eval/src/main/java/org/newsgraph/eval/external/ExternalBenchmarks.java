package org.newsgraph.eval.external;

import java.nio.file.Path;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.annotate.NewsAnnotator;
import org.newsgraph.pipeline.annotate.tagging.CoreNlpTagger;
import org.newsgraph.pipeline.annotate.quotes.PatternQuoteExtractor;
import org.newsgraph.pipeline.annotate.time.RuleTimeTagger;

/**
 * The external benchmarks by name, wired with the stages as the standard pipeline wires them. Not thread-safe;
 * each run loads what it needs.
 */
public final class ExternalBenchmarks {
    /** The benchmarks, as named on the command line. */
    public enum Name {
        tempeval3, polnear, conll2003, plover, petrarch2, language_speed;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    private final Path data;
    private final int limit;
    private final int threads;

    /**
     * @param data    the shared data folder (holding {@code tempeval3/}, {@code polnear/} ...)
     * @param limit   at most this many documents or records
     * @param threads threads for the throughput run
     */
    public ExternalBenchmarks(Path data, int limit, int threads) {
        this.data = data;
        this.limit = limit;
        this.threads = threads;
    }

    /** Runs one benchmark; unreadable or malformed data is a failed outcome. */
    public Outcome<ExternalReport> run(Name name) {
        return switch (name) {
            case tempeval3 -> widen(new TempEval3Benchmark(new RuleTimeTagger(), new SuTimeTagger()).run(data, limit));
            case conll2003 -> widen(new Conll2003Benchmark(annotator(), new CoreNlpTagger()).run(data, limit));
            case polnear -> widen(new PolnearBenchmark(annotator(), new CoreNlpQuoteAttributor()).run(data, limit));
            default -> Outcome.failed("not-built", "benchmark " + name + " is not available", name.toString());
        };
    }

    /** The language layer as {@code Pipelines.standard()} wires it. */
    static NewsAnnotator annotator() {
        return new NewsAnnotator(new PatternQuoteExtractor(), new RuleTimeTagger());
    }

    private static <T extends ExternalReport> Outcome<ExternalReport> widen(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Ok<T> ok -> Outcome.ok(ok.value());
            case Outcome.Failed<T> f -> new Outcome.Failed<>(f.problem());
        };
    }
}
