package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.model.Outcome;
import org.newsgraph.server.api.EventFilterParser;
import org.newsgraph.server.http.QueryParams;
import org.newsgraph.store.SavedSearch;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "alert", mixinStandardHelpOptions = true,
        description = {"Saves, lists or removes alerts: saved searches whose newest events 'newsgraph serve' publishes",
                "as an Atom feed at /feeds/NAME.atom (listed at /alerts) and, with --webhook, POSTs as JSON when new ones match.",
                "  newsgraph alert ceasefire --query 'q=ceasefire&type=CONSULT&minSources=2'",
                "  newsgraph alert ceasefire --query 'q=ceasefire' --webhook https://hooks.example/newsgraph",
                "  newsgraph alert --list        newsgraph alert --remove ceasefire"})
final class AlertCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The alert's name: letters, digits, - and _.")
    String name;

    @Option(names = "--query", paramLabel = "FILTERS",
            description = "The event filters as /api/events takes them: q, entity, actor, type, from, to, place, outlet, minSources, story.")
    String query;

    @Option(names = "--webhook", paramLabel = "URL",
            description = "An http(s) URL that 'newsgraph serve' POSTs the alert's new matching events to (JSON; see the README).")
    String webhook;

    @Option(names = "--list", description = "List the saved alerts.")
    boolean list;

    @Option(names = "--remove", paramLabel = "NAME", description = "Remove this alert.")
    String remove;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        int modes = (list ? 1 : 0) + (remove != null ? 1 : 0) + (name != null ? 1 : 0);
        if (modes != 1) {
            throw new CommandLine.ParameterException(cli, "give exactly one of NAME --query FILTERS, --list or --remove NAME.");
        }
        if (webhook != null && name == null) {
            throw new CommandLine.ParameterException(cli, "--webhook goes with NAME --query FILTERS.");
        }
        SavedSearch search = null;
        if (name != null) {
            if (query == null) {
                throw new CommandLine.ParameterException(cli, "alert " + name + " needs --query FILTERS, e.g. --query 'q=ceasefire&type=CONSULT'.");
            }
            if (EventFilterParser.parse(QueryParams.parse(query), Set.of()) instanceof Outcome.Failed<?> f) {
                throw new CommandLine.ParameterException(cli, "--query '" + query + "': " + f.problem().message());
            }
            try {
                search = new SavedSearch(name, query, webhook);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cli, e.getMessage() + ".");
            }
        }
        try (EmbeddedStore store = Composition.open(data.existing(cli))) {
            if (list) {
                if (store.savedSearches().isEmpty()) {
                    out.println("No alert is saved yet. Add one: newsgraph alert NAME --query 'q=WORDS'");
                }
                store.savedSearches().forEach(s -> out.println(s.name() + "\t/feeds/" + s.name() + ".atom\t" + s.query()
                        + (s.webhook() == null ? "" : "\twebhook " + s.webhook())));
                return ExitCodes.OK;
            }
            if (remove != null) {
                if (!store.removeSearch(remove)) {
                    cli.getErr().println("newsgraph: there is no alert named " + remove);
                    return ExitCodes.FAILURE;
                }
                out.println("Removed the alert " + remove + ".");
                return ExitCodes.OK;
            }
            store.saveSearch(search);
            out.println("Saved the alert " + name + ": served at /feeds/" + name + ".atom by 'newsgraph serve'"
                    + (webhook == null ? "." : ", which POSTs its new events to " + webhook + " (events matching now are the baseline, not sent)."));
            return ExitCodes.OK;
        }
    }
}
