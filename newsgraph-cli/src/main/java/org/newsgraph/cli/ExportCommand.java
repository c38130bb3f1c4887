package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.export.EventExporter;
import org.newsgraph.export.ExportFilter;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportWriter;
import org.newsgraph.export.ExportedEvent;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports events with actors, codes, dates, places, sources and evidence.",
                "json: everything; csv: one row per event; gdelt: GDELT-2.0-like TSV columns where they map;",
                "graphml: the actor network (opens in Gephi)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only events on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only events on or before this day.")
    LocalDate until;

    @Option(names = "--type", description = "Only events of this PLOVER type (e.g. CONSULT).")
    String type;

    @Option(names = "--actor", description = "Only events with an actor whose name contains this text.")
    String actor;

    @Option(names = "--min-sources", defaultValue = "0", description = "Only events with at least this many independent sources.")
    int minSources;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    /** Why {@code output} cannot be written, or {@code null} when it can be tried. */
    private static String unwritable(Path output) {
        if (Files.isDirectory(output)) {
            return "it is a folder; name a file";
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return "the folder " + parent + " does not exist";
        }
        if (Files.exists(output) && !Files.isWritable(output)) {
            return "the file is not writable";
        }
        return null;
    }

    @Override
    public Integer call() throws IOException {
        ExportFilter filter;
        try {
            filter = new ExportFilter(since, until, type, actor, minSources);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("newsgraph: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (output != null) {
            String bad = unwritable(output);
            if (bad != null) {
                spec.commandLine().getErr().println("newsgraph: cannot write the export to " + output + ": " + bad);
                return ExitCodes.USAGE;
            }
        }
        List<ExportedEvent> events;
        try (EmbeddedStore store = Composition.openForReading(data.data)) {
            events = new EventExporter(store, store).export(filter);
        }
        ExportWriter writer = ExportWriter.forFormat(format);
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            writer.write(events, out);
            out.flush();
        } else {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
                writer.write(events, out);
            } catch (IOException e) {
                spec.commandLine().getErr().println("newsgraph: cannot write the export to " + output + ": " + FailureText.describe(e));
                return ExitCodes.FAILURE;
            }
            spec.commandLine().getErr().println("Exported " + events.size() + " event" + (events.size() == 1 ? "" : "s") + " to " + output);
        }
        return ExitCodes.OK;
    }
}
