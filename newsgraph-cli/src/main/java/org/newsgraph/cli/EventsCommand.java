package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.export.EventExporter;
import org.newsgraph.export.ExportedEvent;
import org.newsgraph.model.Event;
import org.newsgraph.store.codec.Json;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists events, newest first: date (or unresolved weekday), place, actors, articles, independent sources, outlets, headline.",
                "Takes the same filters as 'newsgraph export'."})
final class EventsCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--store", paramLabel = "FILE",
            description = "Read a server store (PostgreSQL) described by this settings file instead of --data (docs/cluster.md).")
    java.nio.file.Path serverStore;

    @Option(names = "--json", description = "Print a JSON array of the API's event records instead of text.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most this many, at least 1 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit + ".");
        }
        var filter = filters.toFilter(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        if (serverStore != null) {
            try (org.newsgraph.store.server.PostgresStore store = Composition.openServer(serverStore, spec.commandLine())) {
                return print(store, store, filter, out);
            }
        }
        try (EmbeddedStore store = Composition.openForReading(data.existing(spec.commandLine()))) {
            return print(store, store, filter, out);
        }
    }

    private int print(org.newsgraph.store.EventStore store, org.newsgraph.store.ArticleStore articles,
                      org.newsgraph.export.ExportFilter filter, PrintWriter out) {
        List<Event> events = filters.any()
                ? new EventExporter(store, articles).export(filter).stream().limit(limit).map(ExportedEvent::event).toList()
                : store.events(0, limit);
        if (json) {
            out.println(Json.write(events));
            return ExitCodes.OK;
        }
        if (events.isEmpty()) {
            out.println(store.eventCount() == 0 ? "No events yet. Try: newsgraph ingest PATH   (or: newsgraph demo)"
                    : "No event matches these filters (" + store.eventCount() + " events in the store).");
            return ExitCodes.OK;
        }
        EventText.print(events, out);
        return ExitCodes.OK;
    }
}
