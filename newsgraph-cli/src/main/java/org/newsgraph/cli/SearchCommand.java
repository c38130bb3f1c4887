package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over titles and texts (Lucene syntax: words are ANDed; \"phrases\", OR, -not).")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EmbeddedStore store = Composition.openForReading(data.data)) {
            Outcome<List<SearchHit>> result = store.search(String.join(" ", words), limit);
            if (result instanceof Outcome.Failed<List<SearchHit>> f) {
                spec.commandLine().getErr().println("newsgraph: " + f.problem().message());
                return ExitCodes.USAGE;
            }
            List<SearchHit> hits = ((Outcome.Ok<List<SearchHit>>) result).value();
            if (hits.isEmpty()) {
                out.println("No match.");
            }
            for (SearchHit h : hits) {
                out.printf("%-24s %6.2f  %s%n    %s%n", h.articleId(), h.score(), h.title() == null || h.title().isEmpty() ? "(no title)" : h.title(),
                        h.excerpt());
            }
            return ExitCodes.OK;
        }
    }
}
