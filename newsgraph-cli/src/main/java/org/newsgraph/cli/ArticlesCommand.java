package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "articles", mixinStandardHelpOptions = true, description = "Lists stored articles in ingest order.")
final class ArticlesCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
    int offset;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (EmbeddedStore store = Composition.openForReading(data.existing(spec.commandLine()))) {
            int total = store.articleCount();
            if (total == 0) {
                out.println("No articles yet. Try: newsgraph ingest PATH   (or: newsgraph demo)");
                return ExitCodes.OK;
            }
            for (ArticleSummary a : store.articles(offset, limit)) {
                out.printf("%-24s %-10s %-26s %s%s%n", a.id(), a.published() == null ? "—" : a.published(),
                        clip(a.outlet() == null ? "(outlet unknown)" : a.outlet(), 26), a.title() == null ? "(no title)" : a.title(),
                        a.duplicateOf() == null ? "" : "  [copy of " + a.duplicateOf() + "]");
            }
            out.printf("%d of %d articles shown.%n", Math.max(0, Math.min(limit, total - offset)), total);
            return ExitCodes.OK;
        }
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
