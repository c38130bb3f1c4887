package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.model.Event;
import org.newsgraph.store.codec.Json;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Lists events, newest first: date (or unresolved weekday), place, actors, articles, independent sources, outlets, headline.")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--json", description = "Print a JSON array instead of text.")
    boolean json;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EmbeddedStore store = Composition.openForReading(data.data)) {
            List<Event> events = store.events(0, limit);
            if (json) {
                out.println(Json.write(events));
                return ExitCodes.OK;
            }
            if (events.isEmpty()) {
                out.println("No events yet. Try: newsgraph ingest PATH   (or: newsgraph demo)");
                return ExitCodes.OK;
            }
            EventText.print(events, out);
            return ExitCodes.OK;
        }
    }
}
