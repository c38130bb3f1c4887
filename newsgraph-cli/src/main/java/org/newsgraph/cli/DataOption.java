package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by the commands that use a store. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Data folder of the embedded store (default: ${DEFAULT-VALUE}).")
    Path data;
}
