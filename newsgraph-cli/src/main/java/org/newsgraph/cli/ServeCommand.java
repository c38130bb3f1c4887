package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.server.Backend;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServedWatch;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.server.alerts.WebhookDispatcher;
import org.newsgraph.server.catalog.LiveCatalog;
import org.newsgraph.store.Ingestor;
import org.newsgraph.store.embedded.EmbeddedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (/api/, described at /openapi.json) and the web UI from the store, on 127.0.0.1.",
                "Writes (POST /api/ingest) need 'Authorization: Bearer TOKEN': the token is --token, else $NEWSGRAPH_TOKEN, else the one",
                "in DATA/api-token (made and shown once on the first serve of a folder). Cross-origin writes and foreign Host headers are refused.",
                "Stops on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    /** Environment variable read when --token is not given. */
    static final String TOKEN_ENV = "NEWSGRAPH_TOKEN";

    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN", description = "API token required by write endpoints (default: $" + TOKEN_ENV + ", else the one kept in DATA/api-token).")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "8388608", description = "Largest accepted request body (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @Option(names = "--alert-seconds", paramLabel = "SECONDS", defaultValue = "60",
            description = "How often alerts with a webhook are checked for new events; 0 turns webhooks off (default: ${DEFAULT-VALUE}).")
    int alertSeconds;

    @Option(names = "--watch", description = "Also poll the feeds, sitemaps and folders of the watch config file (as 'newsgraph watch' does), "
            + "so the pages show new articles as they arrive.")
    boolean watch;

    @Option(names = "--config", paramLabel = "FILE", description = "The config file: its [serve] section gives defaults for port, max_body, "
            + "alert_seconds and watch that options override, its top part the watch settings (default: newsgraph.toml beside the data folder, if any).")
    java.nio.file.Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.nio.file.Path file = config != null ? config : data.data.toAbsolutePath().resolveSibling("newsgraph.toml");
        if (config != null && !java.nio.file.Files.isRegularFile(config)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no config file at " + config + ".");
        }
        if (java.nio.file.Files.isRegularFile(file)) {
            org.newsgraph.model.Outcome<ServeConfig> read = ServeConfig.parse(java.nio.file.Files.readString(file), file);
            if (read instanceof org.newsgraph.model.Outcome.Failed<ServeConfig> f) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), f.problem().message());
            }
            ServeConfig c = ((org.newsgraph.model.Outcome.Ok<ServeConfig>) read).value();
            picocli.CommandLine.ParseResult given = spec.commandLine().getParseResult();
            port = c.port() != null && !given.hasMatchedOption("--port") ? c.port() : port;
            maxBody = c.maxBody() != null && !given.hasMatchedOption("--max-body") ? c.maxBody() : maxBody;
            alertSeconds = c.alertSeconds() != null && !given.hasMatchedOption("--alert-seconds") ? c.alertSeconds() : alertSeconds;
            watch = c.watch() != null && !given.hasMatchedOption("--watch") ? c.watch() : watch;
        }
        if (port < 0 || port > 65535) {
            err.println("newsgraph: --port must be within 0..65535, got " + port);
            return ExitCodes.USAGE;
        }
        if (alertSeconds < 0) {
            err.println("newsgraph: --alert-seconds must be 0 or more, got " + alertSeconds);
            return ExitCodes.USAGE;
        }
        if (maxBody < 1024) {
            err.println("newsgraph: --max-body must be at least 1024, got " + maxBody);
            return ExitCodes.USAGE;
        }
        String t = token != null ? token : System.getenv(TOKEN_ENV);
        String tokenNote;
        if (t == null || t.isBlank()) {
            ApiTokenFile.Token kept;
            try {
                kept = ApiTokenFile.readOrCreate(data.data);
            } catch (IOException e) {
                err.println("newsgraph: cannot keep the API token in " + data.data.resolve(ApiTokenFile.NAME) + ": " + FailureText.describe(e)
                        + " (give one with --token)");
                return ExitCodes.FAILURE;
            }
            t = kept.value();
            tokenNote = kept.created()
                    ? "Writes need the API token " + t + " (shown this once; it is kept in " + kept.file() + ")."
                    : "Writes need the API token kept in " + kept.file() + ".";
        } else {
            tokenNote = "Writes need the API token given.";
        }
        org.newsgraph.store.watch.WatchSettings watchSettings = watch ? WatchCommand.settings(spec.commandLine(), data.data, config) : null;
        ServerSettings settings = new ServerSettings(port, t, maxBody, 8);
        EmbeddedStore store = Composition.open(data.data);
        NewsgraphServer server;
        Backend backend;
        try {
            Ingestor ingestor = Composition.ingestor(store);
            backend = new Backend(store, new LiveCatalog(store, store), sources -> ingestor.ingest(sources, (s, a, l) -> { }), settings);
            server = NewsgraphServer.start(backend);
        } catch (IOException e) {
            store.close();
            err.println("newsgraph: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage() + " (try another --port)");
            return ExitCodes.FAILURE;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        java.util.concurrent.ScheduledExecutorService alerts = alertSeconds == 0 ? null
                : java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread th = new Thread(r, "newsgraph-webhooks");
                    th.setDaemon(true);
                    return th;
                });
        if (alerts != null) {
            WebhookDispatcher webhooks = new WebhookDispatcher(backend, data.data, java.net.http.HttpClient.newBuilder()
                    .connectTimeout(java.time.Duration.ofSeconds(20)).build(), 3, java.time.Duration.ofSeconds(2),
                    d -> Thread.sleep(d.toMillis()), "newsgraph/0.1");
            alerts.scheduleWithFixedDelay(() -> {
                try {
                    WebhookDispatcher.Pass pass = webhooks.deliver();
                    pass.notes().forEach(n -> err.println("newsgraph: " + n));
                    if (pass.sent() > 0) {
                        err.println("newsgraph: webhooks: " + pass.sent() + " new events sent in " + pass.requests() + " requests");
                    }
                    err.flush();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    err.println("newsgraph: webhooks: " + FailureText.describe(e));
                    err.flush();
                }
            }, 0, alertSeconds, java.util.concurrent.TimeUnit.SECONDS);
        }
        ServedWatch watcher = watchSettings == null ? null : ServedWatch.start(watchSettings, backend, data.data, line -> {
            err.println("newsgraph: " + line);
            err.flush();
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            if (alerts != null) {
                alerts.shutdownNow();
            }
            server.close();
            store.close();
            stopped.countDown();
        }, "newsgraph-stop"));
        out.println("Serving " + store.articleCount() + " articles and " + store.eventCount() + " events from " + data.data.toAbsolutePath());
        out.println("Web UI: " + server.uri() + "   API: " + server.uri() + "api/events   OpenAPI: " + server.uri() + "openapi.json");
        if (watchSettings != null) {
            out.println("Watching " + watchSettings.feeds().size() + " feeds, " + watchSettings.sitemaps().size() + " sitemaps and "
                    + watchSettings.folders().size() + " folders every " + watchSettings.interval().toSeconds() + " s.");
        }
        out.println(tokenNote + " Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
