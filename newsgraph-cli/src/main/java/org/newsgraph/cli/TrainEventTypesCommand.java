package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.train.EventTypeTrainer;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.events.CameoClass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-event-types", mixinStandardHelpOptions = true,
        description = {"Learns the sentence-level event type model (CAMEO PentaClass) from cameo-conflibert's",
                "cameo_class train split, prints macro-F1 on its test split next to a TF-IDF + logistic regression",
                "baseline and the cue patterns' vote of the same run, and writes the model file the pipeline ships",
                "(rebuild the jar afterwards)."})
final class TrainEventTypesCommand implements Callable<Integer> {
    @Option(names = "--sets", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "The data folder holding cameo-conflibert (default: ${DEFAULT-VALUE}).")
    Path sets;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            defaultValue = "newsgraph-pipeline/src/main/resources/org/newsgraph/pipeline/events/event-type-model.tsv",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = sets.resolve("cameo-conflibert/cameo_class");
        if (!Files.isDirectory(dir)) {
            err.println("newsgraph train-event-types: " + dir + " is not a folder (see --sets)");
            return ExitCodes.USAGE;
        }
        if (output.getParent() != null && !Files.isDirectory(output.getParent())) {
            err.println("newsgraph train-event-types: the folder of --output " + output + " does not exist");
            return ExitCodes.USAGE;
        }
        Outcome<List<EventTypeTrainer.Sentence>> train = EventTypeTrainer.read(dir.resolve("train.tsv"));
        Outcome<List<EventTypeTrainer.Sentence>> test = EventTypeTrainer.read(dir.resolve("test.tsv"));
        for (Outcome<List<EventTypeTrainer.Sentence>> o : List.of(train, test)) {
            if (o instanceof Outcome.Failed<List<EventTypeTrainer.Sentence>> f) {
                err.println("newsgraph train-event-types: " + f.problem().message());
                return ExitCodes.USAGE;
            }
        }
        err.println("train-event-types: embedding and fitting");
        EventTypeTrainer.Result result = EventTypeTrainer.train(((Outcome.Ok<List<EventTypeTrainer.Sentence>>) train).value(),
                ((Outcome.Ok<List<EventTypeTrainer.Sentence>>) test).value(), Pipelines.eventTypeFeatures());
        out.printf("cameo-conflibert cameo_class: train %d, test %d sentences%n", result.train(), result.test());
        StringBuilder head = new StringBuilder();
        for (CameoClass c : CameoClass.values()) {
            head.append(String.format(Locale.ROOT, " %8.8s", c.name()));
        }
        out.printf("%-62s %8s %8s %8s %8s%s%n", "system", "l2", "cv-F1", "test-F1", "test-acc", head);
        for (EventTypeTrainer.SystemScore s : result.scores()) {
            StringBuilder row = new StringBuilder();
            for (double f : s.testF1PerClass()) {
                row.append(String.format(Locale.ROOT, " %8.3f", f));
            }
            out.printf(Locale.ROOT, "%-62s %8s %8s %8.3f %8.3f%s%n", s.system(),
                    Double.isNaN(s.chosenL2()) ? "-" : String.format(Locale.ROOT, "%.4g", s.chosenL2()),
                    Double.isNaN(s.trainCvMacroF1()) ? "-" : String.format(Locale.ROOT, "%.3f", s.trainCvMacroF1()),
                    s.testMacroF1(), s.testAccuracy(), row);
        }
        try {
            Files.writeString(output, result.model().write());
        } catch (IOException e) {
            err.println("newsgraph train-event-types: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        err.println("train-event-types: wrote " + output);
        return ExitCodes.OK;
    }
}
