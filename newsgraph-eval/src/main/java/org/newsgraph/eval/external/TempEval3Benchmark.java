package org.newsgraph.eval.external;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Timex;
import org.newsgraph.pipeline.annotate.time.RuleTimeTagger;
import org.newsgraph.pipeline.annotate.time.TimeTagger;

/**
 * TempEval-3 platinum: our {@link RuleTimeTagger} and SUTime ({@link SuTimeTagger}) on the same documents, each given
 * the text of {@code TEXT} and the DCT day, scored by {@link TimexScorer}. Our values are written as TIMEX3 values by
 * {@link Timex3Values} (durations as {@code DURATION}, clock times and parts of days as {@code TIME}, recurrences
 * as {@code SET}, everything else as {@code DATE}).
 * Not thread-safe (SUTime is not).
 */
public final class TempEval3Benchmark {
    /** The gold folder under the shared data folder. */
    public static final String FOLDER = "tempeval3/te3-platinum";

    /**
     * The figures of one run.
     *
     * @param documents documents scored
     * @param ours      our tagger
     * @param sutime    SUTime defaults (holidays off)
     * @param oursSeconds   time our tagger took
     * @param sutimeSeconds time SUTime took (pipeline loading excluded)
     */
    public record Result(int documents, TimexScores ours, TimexScores sutime, double oursSeconds, double sutimeSeconds)
            implements ExternalReport {
        @Override
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("TempEval-3 platinum, " + documents + " documents, " + ours.relaxed().gold() + " gold TIMEX3 (anchor: HeidelTime value F1 77.6)");
            out.add(String.format(Locale.ROOT, "%-10s %-28s %-28s %-28s %-20s %-20s %6s", "system", "strict extent", "relaxed extent",
                    "value (TE3 value F1)", "value acc. (relaxed)", "type acc. (relaxed)", "secs"));
            out.add(row("RuleTime", ours, oursSeconds));
            out.add(row("SUTime", sutime, sutimeSeconds));
            out.add("per gold type: found (relaxed) / right value");
            for (int i = 0; i < ours.byType().size(); i++) {
                TimexScores.TypeRow o = ours.byType().get(i);
                TimexScores.TypeRow s = sutime.byType().get(i);
                out.add(String.format(Locale.ROOT, "  %-9s n=%-4d RuleTime %s / %s   SUTime %s / %s", o.type(), o.gold(), o.found().brief(),
                        o.valued().brief(), s.found().brief(), s.valued().brief()));
            }
            return out;
        }

        private static String row(String name, TimexScores s, double seconds) {
            return String.format(Locale.ROOT, "%-10s %-28s %-28s %-28s %-20s %-20s %6.1f", name, s.strict().brief(), s.relaxed().brief(),
                    s.value().brief(), s.valueAccuracy().brief(), s.typeAccuracy().brief(), seconds);
        }
    }

    private final TimeTagger ours;
    private final SuTimeTagger sutime;

    public TempEval3Benchmark(TimeTagger ours, SuTimeTagger sutime) {
        this.ours = ours;
        this.sutime = sutime;
    }

    /** Reads the platinum folder under {@code data} and scores up to {@code limit} documents. */
    public Outcome<Result> run(Path data, int limit) {
        Outcome<List<TimeMlDocument>> read = new TimeMlReader().readFolder(data.resolve(FOLDER), limit);
        return switch (read) {
            case Outcome.Failed<List<TimeMlDocument>> f -> new Outcome.Failed<>(f.problem());
            case Outcome.Ok<List<TimeMlDocument>> ok -> Outcome.ok(score(ok.value()));
        };
    }

    /** Scores the given documents. */
    public Result score(List<TimeMlDocument> documents) {
        TimexScorer mine = new TimexScorer();
        TimexScorer theirs = new TimexScorer();
        long oursNanos = 0;
        long sutimeNanos = 0;
        for (TimeMlDocument doc : documents) {
            long t0 = System.nanoTime();
            List<Timex> found = ours.tag(doc.text(), doc.created());
            long t1 = System.nanoTime();
            List<GoldTimex> reference = sutime.tag(doc.text(), doc.created());
            long t2 = System.nanoTime();
            oursNanos += t1 - t0;
            sutimeNanos += t2 - t1;
            List<GoldTimex> mineAsTimex3 = found.stream()
                    .map(t -> new GoldTimex(t.span(), Timex3Values.type(t.value()), Timex3Values.value(t.value()))).toList();
            mine.add(doc.timexes(), mineAsTimex3);
            theirs.add(doc.timexes(), reference);
        }
        return new Result(documents.size(), mine.scores(), theirs.scores(), oursNanos / 1e9, sutimeNanos / 1e9);
    }
}
