package org.newsgraph.eval.external;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.annotate.Annotator;

/**
 * PolNeAR test: our quotes and speakers (an {@link Annotator}: entities and quotes as wired in the standard
 * pipeline) and CoreNLP's quote annotator ({@link CoreNlpQuoteAttributor}) on the same articles, scored by
 * {@link AttributionScorer}. Not thread-safe.
 */
public final class PolnearBenchmark {
    public static final String FOLDER = "polnear/test";

    /**
     * @param documents      articles scored (one annotator each)
     * @param ours           our annotator
     * @param corenlp        CoreNLP's quote annotator
     * @param corenlpSetup   its configuration
     * @param oursSeconds    time our annotator took
     * @param corenlpSeconds time CoreNLP took (model loading excluded)
     */
    public record Result(int documents, AttributionScores ours, AttributionScores corenlp, String corenlpSetup, double oursSeconds,
                         double corenlpSeconds) implements ExternalReport {
        @Override
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("PolNeAR test, " + documents + " articles, " + ours.gold() + " gold attributions (" + ours.goldDirect() + " direct)");
            out.add("CoreNLP: " + corenlpSetup);
            out.add(String.format(Locale.ROOT, "%-9s %7s %-20s %-20s %-20s %-20s %-20s %-20s %-20s %6s", "system", "quotes", "recall (all)",
                    "recall (direct)", "precision", "speaker given", "speaker accuracy", "speaker acc. direct", "speaker recall", "secs"));
            out.add(row("Newsgraph", ours, oursSeconds));
            out.add(row("CoreNLP", corenlp, corenlpSeconds));
            return out;
        }

        private static String row(String name, AttributionScores s, double seconds) {
            return String.format(Locale.ROOT, "%-9s %7d %-20s %-20s %-20s %-20s %-20s %-20s %-20s %6.1f", name, s.system(), s.recall().brief(),
                    s.directRecall().brief(), s.precision().brief(), s.attributed().brief(), s.speakerAccuracy().brief(),
                    s.directSpeakerAccuracy().brief(), s.speakerRecall().brief(), seconds);
        }
    }

    private final Annotator annotator;
    private final CoreNlpQuoteAttributor corenlp;

    public PolnearBenchmark(Annotator annotator, CoreNlpQuoteAttributor corenlp) {
        this.annotator = annotator;
        this.corenlp = corenlp;
    }

    public Outcome<Result> run(Path data, int limit) {
        Outcome<List<PolnearDocument>> read = new PolnearReader().read(data.resolve(FOLDER), limit);
        return switch (read) {
            case Outcome.Failed<List<PolnearDocument>> f -> new Outcome.Failed<>(f.problem());
            case Outcome.Ok<List<PolnearDocument>> ok -> Outcome.ok(score(ok.value()));
        };
    }

    public Result score(List<PolnearDocument> documents) {
        AttributionScorer mine = new AttributionScorer();
        AttributionScorer theirs = new AttributionScorer();
        Articles.warmUp(annotator);
        long oursNanos = 0;
        long corenlpNanos = 0;
        for (PolnearDocument doc : documents) {
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = annotator.annotate(Articles.of(doc.id(), doc.text(), null));
            long t1 = System.nanoTime();
            List<SystemQuote> reference = corenlp.quotes(doc.text());
            long t2 = System.nanoTime();
            oursNanos += t1 - t0;
            corenlpNanos += t2 - t1;
            mine.add(doc.text(), doc.attributions(), ours(annotated));
            theirs.add(doc.text(), doc.attributions(), reference);
        }
        return new Result(documents.size(), mine.scores(), theirs.scores(), CoreNlpQuoteAttributor.CONFIGURATION, oursNanos / 1e9,
                corenlpNanos / 1e9);
    }

    static List<SystemQuote> ours(AnnotatedArticle annotated) {
        Map<String, Entity> entities = new HashMap<>();
        annotated.entities().forEach(e -> entities.put(e.id(), e));
        List<SystemQuote> out = new ArrayList<>();
        for (Quote q : annotated.quotes()) {
            List<String> names = new ArrayList<>();
            Entity speaker = q.speakerId() == null ? null : entities.get(q.speakerId());
            if (speaker != null) {
                names.add(speaker.canonical());
                names.addAll(speaker.aliases());
            }
            out.add(new SystemQuote(q.span(), q.speakerSpan(), names));
        }
        return out;
    }
}
