package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine;
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

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, \"phrases\", AND / OR / NOT, -word, (groups); joined by spaces.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most this many hits, at least 1 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit + ".");
        }
        String query = String.join(" ", words);
        try {
            new org.apache.lucene.queryparser.classic.QueryParser("text", new org.apache.lucene.analysis.standard.StandardAnalyzer()).parse(query);
        } catch (org.apache.lucene.queryparser.classic.ParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the query '" + query
                    + "': a parenthesis or quote is not closed, or an operator has nothing to join.");
        } catch (RuntimeException tooComplex) {
            // well-formed but too costly to build (a regular expression that cannot be determinised): the store
            // answers that as a bad query below
        }
        try (EmbeddedStore store = Composition.openForReading(data.existing(spec.commandLine()))) {
            Outcome<List<SearchHit>> result = store.search(query, limit);
            if (result instanceof Outcome.Failed<List<SearchHit>> f) {
                spec.commandLine().getErr().println("newsgraph: " + f.problem().message());
                return ExitCodes.USAGE;
            }
            List<SearchHit> hits = ((Outcome.Ok<List<SearchHit>>) result).value();
            if (hits.isEmpty()) {
                out.println("No match.");
            }
            for (SearchHit h : hits) {
                out.printf("%-24s %6.2f  %s%n    %s%n", h.articleId(), h.score(), h.title() == null || h.title().isBlank() ? "(no title) " + h.excerpt() : h.title(),
                        h.excerpt());
            }
            return ExitCodes.OK;
        }
    }
}
