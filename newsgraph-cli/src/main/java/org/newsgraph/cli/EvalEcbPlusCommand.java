package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ecbplus.EcbConllReader;
import org.newsgraph.eval.ecbplus.EcbDocument;
import org.newsgraph.eval.ecbplus.EcbPlusEvaluation;
import org.newsgraph.model.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval-ecbplus", mixinStandardHelpOptions = true,
        description = {"Event clustering on ECB+ (a generalisation check; thresholds are not tuned on it):",
                "B³ against sub-topics (one seminal event each) and topics (the same kind of event)."})
final class EvalEcbPlusCommand implements Callable<Integer> {
    @Option(names = "--conll", paramLabel = "FILE", defaultValue = "../shared/data/ecbplus/ecbplus_test.conll",
            description = "ECB+ CoNLL file (default: ${DEFAULT-VALUE}).")
    Path conll;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Outcome<List<EcbDocument>> read = EcbConllReader.read(conll);
        if (read instanceof Outcome.Failed<List<EcbDocument>> f) {
            spec.commandLine().getErr().println("newsgraph: " + f.problem());
            return ExitCodes.USAGE;
        }
        List<EcbDocument> docs = ((Outcome.Ok<List<EcbDocument>>) read).value();
        out.printf("%-22s %9s %7s %12s %12s %12s %10s%n", "clusterer", "documents", "events", "subtopic B3F1", "topic B3F1",
                "subtopic P/R", "seconds");
        for (Composition.Variant v : Composition.Variant.values()) {
            EcbPlusEvaluation.Result r = EcbPlusEvaluation.run(docs, () -> Composition.pipeline(v));
            out.printf("%-22s %9d %7d %12.3f %12.3f %5.2f/%-6.2f %10.1f%n", v.label(), r.documents(), r.events(), r.subtopics().f1(),
                    r.topics().f1(), r.subtopics().precision(), r.subtopics().recall(), r.seconds());
        }
        return ExitCodes.OK;
    }
}
