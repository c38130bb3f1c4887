package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.export.EventExporter;
import org.newsgraph.export.ExportedEvent;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.codec.Json;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows one article or event by id.",
                "An event: who did what to whom (source, target, CAMEO code) with the evidence sentences; an id that was merged",
                "into another event shows that event. An article: every metadata value with the rule it came from."})
final class ShowCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "ID", description = "An article id or an event id.")
    String id;

    @Option(names = "--json", description = "Print JSON (an event: its record with source, target, CAMEO code, sources and evidence).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EmbeddedStore store = Composition.openForReading(data.existing(spec.commandLine()))) {
            Optional<Event> event = store.event(id);
            if (event.isEmpty()) {
                Optional<String> moved = store.redirectedEvent(id);
                if (moved.isPresent()) {
                    spec.commandLine().getErr().println("newsgraph: event " + id + " is now " + moved.get()
                            + " (merged or renamed after new articles arrived)");
                    event = store.event(moved.get());
                }
            }
            if (event.isPresent()) {
                ExportedEvent x = new EventExporter(store, store).gather(event.get());
                if (json) {
                    out.println(Json.write(x));
                } else {
                    EventText.print(java.util.List.of(event.get()), out);
                    EventText.printCoding(x, out);
                }
                return ExitCodes.OK;
            }
            Optional<Processed> article = store.article(id);
            if (article.isEmpty()) {
                spec.commandLine().getErr().println("newsgraph: no article or event with id " + id);
                return ExitCodes.FAILURE;
            }
            if (json) {
                out.println(Json.write(article.get()));
                return ExitCodes.OK;
            }
            Processed p = article.get();
            Article a = p.article();
            out.println("id:        " + a.id());
            out.println("title:     " + a.metadata().title().map(f -> f.value() + "   [" + f.rule() + "]").orElse("—"));
            out.println("outlet:    " + a.metadata().outlet().map(f -> f.value() + "   [" + f.rule() + "]").orElse("—"));
            out.println("dateline:  " + a.metadata().dateline().map(f -> f.value() + "   [" + f.rule() + "]").orElse("—"));
            out.println("published: " + a.metadata().published().map(f -> f.value() + "   [" + f.rule() + "]").orElse("— (nothing in the article dates it)"));
            out.println("language:  " + org.newsgraph.pipeline.language.SupportedLanguages.describe(a.metadata().language())
                    + a.metadata().language().map(f -> "   [" + f.rule() + "]").orElse(""));
            out.println("url:       " + (a.url() == null ? "—" : a.url()));
            out.println("copy of:   " + (p.duplicate().isCopy() ? p.duplicate().duplicateOf() + " (" + p.duplicate().kind() + ")" : "—"));
            out.println("removed:   " + a.removed().size() + " boilerplate part(s)");
            a.removed().forEach(r -> out.println("    [" + r.reason() + "] " + ArticlesCommand.clip(r.span().of(a.original()).replace('\n', ' '), 100)));
            if (!p.annotated().quotes().isEmpty()) {
                out.println("quotes:");
                for (Quote q : p.annotated().quotes()) {
                    String speaker = p.annotated().entities().stream().filter(e -> e.id().equals(q.speakerId())).map(e -> e.canonical()).findFirst().orElse("unattributed");
                    out.println("    " + speaker + ": “" + ArticlesCommand.clip(q.span().of(a.text()), 120) + "”");
                }
            }
            out.println();
            out.println(a.text());
            return ExitCodes.OK;
        }
    }
}
