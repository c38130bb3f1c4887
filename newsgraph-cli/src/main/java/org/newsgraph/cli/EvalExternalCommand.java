package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.external.ExternalBenchmarks;
import org.newsgraph.eval.external.ExternalReport;
import org.newsgraph.model.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval-external", mixinStandardHelpOptions = true,
        description = {"Runs one external benchmark on the shared data and prints its figures:",
                "  tempeval3      time expressions on TempEval-3 platinum, ours and SUTime",
                "  polnear        quotes and speakers on PolNeAR test, ours and CoreNLP's quote annotator",
                "  conll2003      names on CoNLL-2003 test, our entity layer and the raw CoreNLP CRF",
                "  plover         event type and actors on the PLOVER gold records",
                "  petrarch2      CAMEO codes on the PETRARCH2 validation records",
                "  language-speed throughput of the language layer and the event coder",
                "  extraction     main text, title and date of HTML pages (trafilatura-eval, Zyte), ours and a baseline"})
final class EvalExternalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Benchmark: tempeval3, polnear, conll2003, plover, petrarch2, "
            + "language-speed, extraction.")
    String name;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "2147483647",
            description = "Use at most N documents (records, articles) of the benchmark; language-speed uses 200 unless told.")
    int limit;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Folder holding the shared data sets (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads for language-speed (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "extraction only: write Newsgraph's misses on the train half of trafilatura-eval to FILE (JSON lines).")
    Path misses;

    @Option(names = "--json", description = "Print exactly one JSON object on standard output.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<ExternalBenchmarks.Name> benchmark = ExternalBenchmarks.Name.parse(name);
        if (benchmark.isEmpty()) {
            err.println("newsgraph: unknown benchmark '" + name + "' (NAME is one of: tempeval3, polnear, conll2003, plover, petrarch2, "
                    + "language-speed, extraction)");
            return ExitCodes.USAGE;
        }
        if (limit < 1) {
            err.println("newsgraph: --limit must be at least 1, not " + limit);
            return ExitCodes.USAGE;
        }
        if (threads < 1) {
            err.println("newsgraph: --threads must be at least 1, not " + threads);
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(data)) {
            err.println("newsgraph: --data " + data + " is not a folder");
            return ExitCodes.USAGE;
        }
        Outcome<ExternalReport> result = new ExternalBenchmarks(data, limit, threads, misses).run(benchmark.get());
        if (result instanceof Outcome.Failed<ExternalReport> f) {
            err.println("newsgraph: " + f.problem());
            return ExitCodes.FAILURE;
        }
        ExternalReport report = ((Outcome.Ok<ExternalReport>) result).value();
        if (json) {
            try {
                out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(report));
            } catch (JsonProcessingException e) {
                err.println("newsgraph: cannot write the report as JSON: " + e.getOriginalMessage());
                return ExitCodes.FAILURE;
            }
        } else {
            report.lines().forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
