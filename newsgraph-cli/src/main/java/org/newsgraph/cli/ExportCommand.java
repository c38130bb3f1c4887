package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.export.EventExporter;
import org.newsgraph.export.ExportFilter;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.ExportWriter;
import org.newsgraph.export.ExportedEvent;
import org.newsgraph.server.web.GazetteerPlaces;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports events with who did what to whom, codes, dates, places, sources and evidence.",
                "json: everything, one array; jsonl: the API's event records, one per line; csv: one row per event",
                "(the web's CSV schema); gdelt: the GDELT 2.0 event table (61 columns, no header; events without a",
                "known day are left out and counted); mentions: the GDELT 2.0 mentions table; graphml: a directed",
                "graph, one edge per event from its source to its target (opens in Gephi, yEd, networkx)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

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
        ExportFilter filter = filters.toFilter(spec.commandLine());
        if (output != null) {
            String bad = unwritable(output);
            if (bad != null) {
                spec.commandLine().getErr().println("newsgraph: cannot write the export to " + output + ": " + bad);
                return ExitCodes.USAGE;
            }
        }
        List<ExportedEvent> events;
        try (EmbeddedStore store = Composition.openForReading(data.existing(spec.commandLine()))) {
            events = new EventExporter(store, store).export(filter);
        }
        ExportWriter writer = ExportWriter.forFormat(format, new GazetteerPlaces());
        int left;
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            left = writer.write(events, out);
            out.flush();
        } else {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
                left = writer.write(events, out);
            } catch (IOException e) {
                spec.commandLine().getErr().println("newsgraph: cannot write the export to " + output + ": " + FailureText.describe(e));
                return ExitCodes.FAILURE;
            }
            int written = events.size() - left;
            spec.commandLine().getErr().println("Exported " + written + " event" + (written == 1 ? "" : "s") + " to " + output);
        }
        if (left > 0) {
            spec.commandLine().getErr().println("newsgraph: " + left + " event" + (left == 1 ? "" : "s") + " left out of the " + format + " export: "
                    + (format == ExportFormat.graphml ? "no source or no target" : "no known day (the GDELT tables require one)"));
        }
        return ExitCodes.OK;
    }
}
