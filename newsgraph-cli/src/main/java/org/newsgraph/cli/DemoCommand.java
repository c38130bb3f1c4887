package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.gold.DatasetSource;
import org.newsgraph.store.IngestReport;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled example articles (examples/) into the store and prints the events found.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--examples", paramLabel = "DIR", description = "Example folder (default: examples/ of the installation).")
    Path examples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = examples != null ? examples : Path.of(System.getProperty("newsgraph.home", ".")).resolve("examples");
        if (!Files.isDirectory(dir.resolve("articles"))) {
            spec.commandLine().getErr().println("newsgraph: no example articles in " + dir + " (use --examples DIR)");
            return ExitCodes.USAGE;
        }
        try (EmbeddedStore store = Composition.open(data.data)) {
            IngestReport report = Composition.ingestor(store).ingest(List.of(new DatasetSource(dir)), (seen, added, location) -> { });
            IngestCommand.printReport(report, out, spec.commandLine().getErr());
            out.println();
            EventText.print(store.events(0, 1000), out);
            out.println("Stored in " + data.data.toAbsolutePath() + ". Next: newsgraph events --json | newsgraph search WORDS | newsgraph show ID");
            return ExitCodes.OK;
        }
    }
}
