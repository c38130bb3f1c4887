package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.newsgraph.eval.gold.DatasetSource;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.pipeline.ingest.Source;
import org.newsgraph.pipeline.ingest.StdinSource;
import org.newsgraph.store.IngestReport;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles into the store and updates the events.",
                "PATH: a .txt, .html or .jsonl(.gz) file, an RSS or Atom feed (.rss, .atom, .xml, optionally .gz: one article",
                "per item), a WARC web archive (.warc, .warc.gz: one article per HTML or text response), a folder (read",
                "recursively), or - for standard input (a document or a feed).",
                "A folder holding articles/ and articles.jsonl (a gold-set layout) is read with the jsonl's url/id hints.",
                "Articles already stored (same URL, or same text) are not stored again."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> paths;

    /** When to print progress on standard error. */
    enum ProgressMode { auto, always, never }

    @Option(names = "--progress", defaultValue = "auto",
            description = {"Progress on standard error: auto (on a terminal: inputs done of the total, inputs/s, time left, and",
                    "a summary line at the end), always (one line per 50 inputs, for logs), never."})
    ProgressMode progress;

    @Option(names = "--follow-links", description = "Follow symbolic links that lead out of a folder being read (default: report and skip them).")
    boolean followLinks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Source> sources = sources(paths, followLinks);
        ProgressLine.Mode mode = switch (progress) {
            case auto -> ProgressLine.onTerminal() ? ProgressLine.Mode.TERMINAL : ProgressLine.Mode.OFF;
            case always -> ProgressLine.Mode.LINES;
            case never -> ProgressLine.Mode.OFF;
        };
        OptionalInt total = mode == ProgressLine.Mode.TERMINAL ? countInputs(paths, followLinks) : OptionalInt.empty();
        ProgressLine line = new ProgressLine(err, mode, total, System::nanoTime);
        try (EmbeddedStore store = Composition.open(data.data)) {
            IngestReport report = Composition.ingestor(store).ingest(sources, line);
            line.clear();
            if (mode != ProgressLine.Mode.OFF) {
                double seconds = line.elapsedSeconds();
                err.printf(java.util.Locale.ROOT, "ingest: %d new articles in %.1f s (%.1f articles/s)%n",
                        report.added(), seconds, report.added() / Math.max(1e-9, seconds));
            }
            printReport(report, out, err);
            return report.skipped().isEmpty() && report.partial().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
        }
    }

    /**
     * How many inputs the paths hold (standard input excepted, so empty when it is among them): a first pass that
     * reads the files without extracting them, so that progress can show a total and the time left.
     */
    static OptionalInt countInputs(List<String> paths, boolean followLinks) {
        if (paths.contains("-")) {
            return OptionalInt.empty();
        }
        int[] n = {0};
        for (Source source : sources(paths, followLinks)) {
            source.read(item -> n[0]++);
        }
        return OptionalInt.of(n[0]);
    }

    static List<Source> sources(List<String> paths) {
        return sources(paths, false);
    }

    static List<Source> sources(List<String> paths, boolean followLinks) {
        List<Source> sources = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                sources.add(new StdinSource(System.in, IngestLimits.DEFAULT));
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("articles.jsonl")) && Files.isDirectory(path.resolve("articles"))) {
                sources.add(new DatasetSource(path));
            } else {
                files.add(path);
            }
        }
        if (!files.isEmpty()) {
            sources.add(new FileSource(files, IngestLimits.DEFAULT, followLinks));
        }
        return sources;
    }

    static void printReport(IngestReport report, PrintWriter out, PrintWriter err) {
        out.printf("Ingested %d new article%s (%d already stored), skipped %d input%s; the store now holds %d event%s.%n",
                report.added(), report.added() == 1 ? "" : "s", report.alreadyStored(), report.skipped().size(),
                report.skipped().size() == 1 ? "" : "s", report.events(), report.events() == 1 ? "" : "s");
        for (Problem p : report.skipped()) {
            err.println("  skipped " + p.location() + ": " + p.message() + " [" + p.code() + "]");
        }
        for (Problem p : report.partial()) {
            err.println("  stored in part " + p.location() + ": " + p.message() + " [" + p.code() + "]");
        }
    }
}
