package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.flink.Publisher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Sends documents to a Kafka topic for the Flink job (docs/cluster.md), one JSON line each.",
                "Reads what ingest reads: JSON lines, HTML, text, WARC, gzip, folders; each document goes out in the",
                "JSON-lines shape ingest accepts. Inputs that cannot be read are reported and skipped."})
final class PublishCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to publish.")
    List<Path> paths;

    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String kafka;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "The topic the job reads.")
    String topic;

    @Option(names = "--limit", paramLabel = "N", description = "Send at most N documents.")
    Integer limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
        }
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Publisher.Report report;
        try {
            report = Publisher.publish(paths, kafka, topic, limit == null ? Integer.MAX_VALUE : limit,
                    p -> err.println("skipped " + p.location() + ": " + p.message() + " [" + p.code() + "]"));
        } catch (IllegalStateException e) {
            err.println("newsgraph: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().printf("published %d documents to %s; %d inputs skipped%n", report.sent(), topic, report.skipped().size());
        return report.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.SKIPPED_INPUT;
    }
}
