package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.embedded.EmbeddedStore;
import org.newsgraph.store.watch.FeedFetcher;
import org.newsgraph.store.watch.WatchSettings;
import org.newsgraph.store.watch.WatchSettingsParser;
import org.newsgraph.store.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls RSS/Atom feed URLs and sitemaps and watches folders, ingesting what is new, round after round.",
                "The feeds, sitemaps and folders are listed in the config file (default: newsgraph.toml beside the data folder):",
                "  feeds = [\"https://news.example/rss\"]   sitemaps = [\"https://news.example/news-sitemap.xml\"]",
                "  folders = [\"incoming\"]   interval_seconds = 900   politeness_seconds = 5   retries = 3",
                "  backoff_seconds = 2   user_agent = \"newsgraph/0.1\"   pages_per_round = 200",
                "A sitemap's new pages, and pages whose lastmod changed, are fetched, at most pages_per_round a round.",
                "Requests are conditional (ETag / Last-Modified), at most one per host every politeness_seconds,",
                "robots.txt is honoured, and failures are retried with back-off. A restart resumes: unchanged feeds",
                "are not fetched again, fetched pages are not fetched again unless their lastmod changes, and unchanged",
                "files are not read again (state in DATA/watch-state.json)."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--config", paramLabel = "FILE", description = "The config file (default: newsgraph.toml beside the data folder).")
    Path config;

    @Option(names = "--once", description = "Do one round and exit (for cron or a test), instead of polling until stopped.")
    boolean once;

    @Spec
    CommandSpec spec;

    /**
     * The watch settings from {@code config}, else from {@code newsgraph.toml} beside the data folder; a missing,
     * unreadable or bad file, or one listing nothing to poll, is a usage error naming the file and the line.
     */
    static WatchSettings settings(CommandLine cli, Path data, Path config) throws IOException {
        Path file = config != null ? config : data.toAbsolutePath().resolveSibling("newsgraph.toml");
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(cli, "no config file at " + file
                    + "; write one listing feeds = [\"URL\"], sitemaps = [\"URL\"] and/or folders = [\"DIR\"], or pass --config FILE.");
        }
        Outcome<WatchSettings> parsed = WatchSettingsParser.parse(Files.readString(file, StandardCharsets.UTF_8), file);
        if (parsed instanceof Outcome.Failed<WatchSettings> f) {
            throw new CommandLine.ParameterException(cli, f.problem().message());
        }
        WatchSettings settings = ((Outcome.Ok<WatchSettings>) parsed).value();
        if (settings.feeds().isEmpty() && settings.sitemaps().isEmpty() && settings.folders().isEmpty()) {
            throw new CommandLine.ParameterException(cli, file + " lists no feeds, no sitemaps and no folders.");
        }
        return settings;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        WatchSettings settings = settings(spec.commandLine(), data.data, config);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
        FeedFetcher fetcher = new FeedFetcher(http, settings, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
        try (EmbeddedStore store = Composition.open(data.data)) {
            Watcher watcher = new Watcher(settings, fetcher, Composition.ingestor(store), data.data);
            while (true) {
                Watcher.Round r = watcher.round();
                out.printf("feeds and pages: %d fetched (%d sitemap pages, %d left for the next round), %d unchanged, "
                                + "%d refused by robots.txt, %d failed; files: %d new or changed; articles: %d new, %d already stored%s%n",
                        r.fetched(), r.pages(), r.pagesLeft(), r.notModified(), r.refused(), r.failed(), r.files(),
                        r.report() == null ? 0 : r.report().added(), r.report() == null ? 0 : r.report().alreadyStored(),
                        r.report() == null ? "" : "; " + r.report().events() + " events");
                r.notes().forEach(n -> spec.commandLine().getErr().println("newsgraph: " + n));
                if (r.report() != null) {
                    r.report().skipped().forEach(p -> spec.commandLine().getErr().println("skipped " + p.location() + ": " + p.message() + " [" + p.code() + "]"));
                }
                out.flush();
                if (once) {
                    return r.failed() > 0 || (r.report() != null && !r.report().skipped().isEmpty()) ? ExitCodes.SKIPPED_INPUT : ExitCodes.OK;
                }
                Thread.sleep(settings.interval().toMillis());
            }
        }
    }
}
