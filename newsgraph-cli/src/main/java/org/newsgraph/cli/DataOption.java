package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --data} option shared by the commands that use a store. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Data folder of the embedded store (default: ${DEFAULT-VALUE}).")
    Path data;

    /**
     * The data folder, for a command that only reads: a folder that does not hold a store is a usage error naming it
     * (so a mistyped {@code --data} does not silently create an empty store).
     */
    Path existing(CommandLine cli) {
        if (!Files.isDirectory(data.resolve("db"))) {
            throw new CommandLine.ParameterException(cli, "--data " + data + " is not a Newsgraph data folder"
                    + (Files.exists(data) ? "" : " (it does not exist)") + "; create one with 'newsgraph ingest --data " + data + " PATH'.");
        }
        return data;
    }
}
