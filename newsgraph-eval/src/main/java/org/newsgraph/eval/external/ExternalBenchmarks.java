package org.newsgraph.eval.external;

import java.nio.file.Path;
import java.util.function.Function;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.annotate.NewsAnnotator;
import org.newsgraph.pipeline.events.EventCoder;
import org.newsgraph.pipeline.extract.NewsExtractor;
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
        tempeval3, polnear, conll2003, plover, petrarch2, language_speed, extraction;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }

        /** The benchmark called {@code written} on the command line ({@code language-speed}), if any. */
        public static java.util.Optional<Name> parse(String written) {
            for (Name n : values()) {
                if (n.toString().equals(written)) {
                    return java.util.Optional.of(n);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private final Path data;
    private final int limit;
    private final int threads;
    private final Path misses;

    /**
     * @param data    the shared data folder (holding {@code tempeval3/}, {@code polnear/} ...)
     * @param limit   at most this many documents or records
     * @param threads threads for the throughput run
     */
    public ExternalBenchmarks(Path data, int limit, int threads) {
        this(data, limit, threads, null);
    }

    /**
     * @param misses where {@code extraction} writes Newsgraph's misses on the train half of trafilatura's set (JSON
     *               lines), or null
     */
    public ExternalBenchmarks(Path data, int limit, int threads, Path misses) {
        this.data = data;
        this.limit = limit;
        this.threads = threads;
        this.misses = misses;
    }

    /** Runs one benchmark; unreadable or malformed data is a failed outcome. */
    public Outcome<ExternalReport> run(Name name) {
        return switch (name) {
            case tempeval3 -> widen(new TempEval3Benchmark(new RuleTimeTagger(), new SuTimeTagger()).run(data, limit));
            case conll2003 -> widen(new Conll2003Benchmark(annotator(), new CoreNlpTagger()).run(data, limit));
            case plover -> withCoder(c -> new PloverBenchmark(annotator(), c).run(data, limit));
            case petrarch2 -> withCoder(c -> new Petrarch2Benchmark(annotator(), c).run(data, limit));
            case language_speed -> withCoder(c -> new LanguageSpeedBenchmark(new NewsExtractor(), annotator(), c)
                    .run(data, limit == Integer.MAX_VALUE ? LanguageSpeedBenchmark.DEFAULT_ARTICLES : limit, threads));
            case extraction -> widen(new ExtractionBenchmark(java.util.List.of(ExtractionSystem.of("newsgraph", new NewsExtractor()),
                    new BodyTextBaseline()), misses).run(data, limit));
            case polnear -> widen(new PolnearBenchmark(annotator(), new CoreNlpQuoteAttributor()).run(data, limit));
        };
    }

    /** The language layer as {@code Pipelines.standard()} wires it. */
    static NewsAnnotator annotator() {
        return new NewsAnnotator(new PatternQuoteExtractor(), new RuleTimeTagger());
    }

    private static Outcome<ExternalReport> withCoder(Function<EventCoder, Outcome<? extends ExternalReport>> run) {
        return widen(run.apply(org.newsgraph.pipeline.Pipelines.coder()));
    }

    private static Outcome<ExternalReport> widen(Outcome<? extends ExternalReport> outcome) {
        return switch (outcome) {
            case Outcome.Ok<? extends ExternalReport> ok -> Outcome.ok(ok.value());
            case Outcome.Failed<? extends ExternalReport> f -> new Outcome.Failed<>(f.problem());
        };
    }
}
