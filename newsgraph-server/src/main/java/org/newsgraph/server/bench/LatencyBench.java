package org.newsgraph.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsgraph.server.Backend;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.server.catalog.LiveCatalog;
import org.newsgraph.store.IngestReport;
import org.newsgraph.store.embedded.EmbeddedStore;

/**
 * Latency of the API over an existing store, measured from a client on loopback: the event list (first page
 * and random deeper pages), the event list filtered by words, and full-text search. Requests are sent one at a
 * time after a warm-up; prints p50, p90, p99 and max per kind. Usage:
 * {@code LatencyBench --data DIR [--requests N]}. The store is opened read-only in spirit (nothing is written).
 */
public final class LatencyBench {
    private static final List<String> WORDS = List.of("president", "election", "court", "police", "senate", "economy", "climate",
            "vaccine", "border", "trade", "war", "budget", "governor", "protest", "immigration", "tax", "health", "school", "oil", "china");

    private LatencyBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path data = null;
        int requests = 300;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: LatencyBench --data DIR [--requests N]");
                    System.exit(2);
                }
            }
        }
        if (data == null || !Files.isDirectory(data) || requests < 1) {
            System.err.println("LatencyBench: --data must name an existing store folder and --requests must be at least 1");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            LiveCatalog catalog = new LiveCatalog(store, store);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            Backend backend = new Backend(store, catalog, sources -> new IngestReport(0, 0, List.of(), store.eventCount()),
                    ServerSettings.defaults(0));
            try (NewsgraphServer server = NewsgraphServer.start(backend)) {
                int events = catalog.get().events().size();
                System.out.printf(Locale.ROOT, "store: %s  articles: %d  events: %d  catalog built in %.1f s%n", data,
                        catalog.get().articles().size(), events, loadSeconds);
                HttpClient http = HttpClient.newHttpClient();
                Random random = new Random(42);
                run(http, server, "warm-up", Math.min(100, requests), i -> "/api/events?limit=20&offset=" + random.nextInt(Math.max(1, events)), false);
                run(http, server, "events first page", requests, i -> "/api/events?limit=20", true);
                run(http, server, "events random page", requests, i -> "/api/events?limit=20&offset=" + random.nextInt(Math.max(1, events)), true);
                run(http, server, "events ?q=word", requests, i -> "/api/events?limit=20&q=" + word(random), true);
                run(http, server, "search ?q=word", requests, i -> "/api/search?limit=20&q=" + word(random), true);
                run(http, server, "search semantic", requests, i -> "/api/search?limit=20&mode=semantic&q=" + word(random), true);
            }
        }
    }

    private static String word(Random random) {
        return URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size())), StandardCharsets.UTF_8);
    }

    private static void run(HttpClient http, NewsgraphServer server, String label, int n, java.util.function.IntFunction<String> path, boolean print)
            throws IOException, InterruptedException {
        long[] micros = new long[n];
        int failures = 0;
        for (int i = 0; i < n; i++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.uri().resolve(path.apply(i)).toString())).GET().build();
            long t = System.nanoTime();
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            micros[i] = (System.nanoTime() - t) / 1000;
            if (r.statusCode() != 200) {
                failures++;
            }
        }
        if (!print) {
            return;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%-20s n=%4d  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms  non-200: %d%n", label, n,
                pct(micros, 50), pct(micros, 90), pct(micros, 99), micros[n - 1] / 1000.0, failures);
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

}
