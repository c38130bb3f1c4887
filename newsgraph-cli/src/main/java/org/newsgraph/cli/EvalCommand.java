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
import org.newsgraph.eval.suite.Clusterer;
import org.newsgraph.eval.suite.EvalSuite;
import org.newsgraph.eval.suite.SuiteFloors;
import org.newsgraph.eval.suite.SuiteReport;
import org.newsgraph.eval.suite.SuiteSet;
import org.newsgraph.eval.suite.SuiteTable;
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
    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "A gold-set folder: articles/ with articles.jsonl and gold.json (e.g. examples/); not with --all.")
    Path dir;

    @Option(names = "--all", description = {"Run every gold set and cross-document event set under --sets (seeds, devset,",
            "devset-mideast, ECB+ test, NewsWCL50, MEANTIME) and the project's examples/, each with the baselines of the",
            "same run, and print one table: metric x set, the worst set first. With --floors: the suite's gate."})
    boolean all;

    @Option(names = "--sets", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "With --all: the data folder holding the sets (default: ${DEFAULT-VALUE}).")
    Path sets;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples",
            description = "With --all: the project's own gold-set folder (default: ${DEFAULT-VALUE}).")
    Path examples;

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
        if (all == (dir != null)) {
            err.println("newsgraph eval: give either a gold-set folder DIR or --all (see newsgraph eval --help)");
            return ExitCodes.USAGE;
        }
        if (all) {
            return suite(out, err);
        }
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

    private Integer suite(PrintWriter out, PrintWriter err) {
        if (!java.nio.file.Files.isDirectory(sets)) {
            err.println("newsgraph eval: --sets " + sets + " is not a folder");
            return ExitCodes.USAGE;
        }
        List<Clusterer> baselines = new java.util.ArrayList<>();
        for (Composition.Variant v : Composition.Variant.values()) {
            if (v != Composition.Variant.STANDARD) {
                baselines.add(new Clusterer(v.label(), () -> Composition.pipeline(v)));
            }
        }
        EvalSuite suite = new EvalSuite(new Clusterer(Composition.Variant.STANDARD.label(), Composition::pipeline), baselines,
                Composition.events());
        SuiteReport report = suite.run(SuiteSet.standard(sets, examples), (set, lineUp) -> {
            err.println("eval --all: " + set.name() + " (" + set.role().label() + "), " + lineUp);
            err.flush();
        });
        out.print(json ? SuiteTable.json(report, true) + "\n" : SuiteTable.text(report));
        out.flush();
        if (floors == null) {
            return ExitCodes.OK;
        }
        Outcome<List<String>> checked = SuiteFloors.check(floors, report);
        if (checked instanceof Outcome.Failed<List<String>> f) {
            err.println("newsgraph: " + f.problem());
            return ExitCodes.USAGE;
        }
        List<String> violations = ((Outcome.Ok<List<String>>) checked).value();
        violations.forEach(v -> err.println("below the quality floor: " + v));
        if (violations.isEmpty()) {
            err.println("eval --all: every floor in " + floors + " holds");
        }
        return violations.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
