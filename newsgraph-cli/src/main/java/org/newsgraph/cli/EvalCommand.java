package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Floors;
import org.newsgraph.eval.ReportJson;
import org.newsgraph.eval.score.Misses;
import org.newsgraph.model.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline over a gold-set folder (articles/, optional articles.jsonl, gold.json)",
                "in a fresh temporary store and scores it. Metrics are defined in the README."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A gold-set folder: articles/ with articles.jsonl and gold.json (e.g. examples/).")
    Path dir;

    @Option(names = "--json", description = "Print exactly one JSON object on standard output.")
    boolean json;

    @Option(names = "--baselines", description = {"Also run the single-signal baselines (embeddings only, MinHash copies only)",
            "and print their events B³ after the report (with --json: under the key \"baselines\")."})
    boolean baselines;

    @Option(names = "--explain", description = {"Also list, item by item, what the system got wrong (wrong copy pairs, split",
            "or merged events, wrong dates/types/places, missing actors and aliases, missed quotes and speakers),",
            "on standard error, one line per miss: metric, gold item, what the system had."})
    boolean explain;

    @Option(names = "--floors", paramLabel = "FILE", description = "Fail (exit 1) when a metric is below its floor in FILE.")
    Path floors;

    @Spec
    CommandSpec spec;

    private static String number(Double d) {
        return d == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", d);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Outcome<Evaluator.Explained> outcome = new Evaluator(Composition::pipeline, Composition.events()).explain(dir);
        if (outcome instanceof Outcome.Failed<Evaluator.Explained> f) {
            err.println("newsgraph: " + f.problem());
            return ExitCodes.USAGE;
        }
        EvalReport report = ((Outcome.Ok<Evaluator.Explained>) outcome).value().report();
        if (explain) {
            for (Misses.Miss miss : ((Outcome.Ok<Evaluator.Explained>) outcome).value().misses()) {
                err.println(miss.metric() + "\t" + miss.item() + "\t" + miss.detail());
            }
            err.flush();
        }
        if (baselines) {
            Map<String, EvalReport.Events> scores = new LinkedHashMap<>();
            for (Composition.Variant v : Composition.Variant.values()) {
                if (v == Composition.Variant.STANDARD) {
                    continue;
                }
                Outcome<EvalReport> b = new Evaluator(() -> Composition.pipeline(v), Composition.events()).evaluate(dir);
                if (b instanceof Outcome.Ok<EvalReport> ok) {
                    scores.put(v.label(), ok.value().events());
                }
            }
            out.println(json ? ReportJson.write(report, scores, false) : ReportJson.write(report, true));
            if (!json) {
                scores.forEach((label, e) -> out.printf("baseline %-12s events B3 P=%s R=%s F1=%s%n", label,
                        number(e.bcubedPrecision()), number(e.bcubedRecall()), number(e.bcubedF1())));
            }
        } else {
            out.println(ReportJson.write(report, !json));
        }
        if (floors == null) {
            return ExitCodes.OK;
        }
        Outcome<List<String>> checked = Floors.check(floors, report);
        if (checked instanceof Outcome.Failed<List<String>> f) {
            err.println("newsgraph: " + f.problem());
            return ExitCodes.USAGE;
        }
        List<String> violations = ((Outcome.Ok<List<String>>) checked).value();
        violations.forEach(v -> err.println("below the quality floor on " + report.dataset() + ": " + v));
        return violations.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
