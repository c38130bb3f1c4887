package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.train.ClustererTrainer;
import org.newsgraph.eval.train.TrainingSet;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-clusterer", mixinStandardHelpOptions = true,
        description = {"Learns the event clusterer's pair model from labelled sets (ECB+ validation, the train set;",
                "seeds, devset and devset-mideast, the dev sets), chooses its thresholds by leave-one-set-out B³",
                "and writes the model file the pipeline ships (rebuild the jar afterwards)."})
final class TrainClustererCommand implements Callable<Integer> {
    @Option(names = "--sets", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The data folder holding the sets (default: ${DEFAULT-VALUE}).")
    Path sets;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            defaultValue = "newsgraph-pipeline/src/main/resources/org/newsgraph/pipeline/cluster/pair-model.tsv",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "10",
            description = "How many of the best trials to print (default: ${DEFAULT-VALUE}).")
    int trials;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(sets)) {
            err.println("newsgraph train-clusterer: --sets " + sets + " is not a folder");
            return ExitCodes.USAGE;
        }
        if (output.getParent() != null && !Files.isDirectory(output.getParent())) {
            err.println("newsgraph train-clusterer: the folder of --output " + output + " does not exist");
            return ExitCodes.USAGE;
        }
        List<TrainingSet> loaded = new ArrayList<>();
        List<Outcome<TrainingSet>> outcomes = new ArrayList<>();
        err.println("train-clusterer: processing ecbplus-val");
        outcomes.add(TrainingSet.subtopicConll("ecbplus-val", sets.resolve("ecbplus/ecbplus_val.conll"), Pipelines.handWeighted()));
        for (String name : List.of("seeds", "devset", "devset-mideast")) {
            err.println("train-clusterer: processing " + name);
            outcomes.add(TrainingSet.goldFolder(name, sets.resolve(name), Pipelines.handWeighted()));
        }
        for (Outcome<TrainingSet> o : outcomes) {
            switch (o) {
                case Outcome.Ok<TrainingSet> ok -> loaded.add(ok.value());
                case Outcome.Failed<TrainingSet> f -> {
                    err.println("newsgraph train-clusterer: " + f.problem());
                    return ExitCodes.USAGE;
                }
            }
        }
        err.println("train-clusterer: fitting");
        ClustererTrainer.Result result = ClustererTrainer.train(loaded, Pipelines.embedder());
        out.printf("%-52s %6s %6s  %s%n", "choice", "mean", "worst", String.join(" ", result.sets()));
        for (ClustererTrainer.Trial t : result.trials().subList(0, Math.min(trials, result.trials().size()))) {
            StringBuilder row = new StringBuilder();
            t.heldOutF1().forEach(f -> row.append(String.format(Locale.ROOT, " %.3f", f)));
            out.printf(Locale.ROOT, "%-52s %6.3f %6.3f %s%n", t.choice(), t.mean(), t.worst(), row);
        }
        try {
            Files.writeString(output, result.model().write());
        } catch (IOException e) {
            err.println("newsgraph train-clusterer: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        out.println("wrote " + output);
        return ExitCodes.OK;
    }
}
