package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixed-seed, time-budgeted fuzzing of the HTTP API's parameters and bodies on a real server, and the 200-thread
 * load: no request is answered with a server error, every refused API request gets a problem document, and good
 * requests sent between bad ones still work.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ApiFuzzIT {
    private static final long SEED = 15;
    private static final long BUDGET_NANOS = 10_000_000_000L;
    private static final String[] PATHS = {"/api/events", "/api/search", "/api/articles", "/api/entities", "/api/quotes",
            "/api/stories", "/api/export", "/api/stats", "/api/events/e1", "/api/articles/a1", "/search", "/", "/events", "/map"};
    private static final String[] NAMES = {"q", "mode", "limit", "offset", "from", "to", "type", "actor", "entity", "place",
            "outlet", "minSources", "story", "speaker", "format", "zz", "", "q[]"};
    private static final String[] VALUES = {"harbour", "/[ac]*a[ac]{50}/", "%ZZ%", "%", "%e2%82", "-1", "0", "999999999999",
            "2024-13-45", "semantic", "text", "csv", "jsonl", "\"unclosed", "a*b?c~", "NOT", "((((", "title:(x", "*:*", "é",
            "%00", "+", "a".repeat(600), "<script>alert(1)</script>", "1e309", "NaN", ""};
    private static final String[] TYPES = {"application/json", "text/plain", "text/html; charset=utf-8", "text/html; charset=bogus",
            "application/x-ndjson", "multipart/form-data", "", "application/json; charset=utf-16"};

    @TempDir
    Path dir;

    private static String raw(int port, String request) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String body(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> "{\"text\": \"" + "word ".repeat(r.nextInt(50)) + "\", \"id\": " + (r.nextBoolean() ? "\"x\"" : "[1,2]") + "}";
            case 1 -> "[" + "[".repeat(r.nextInt(3000)) + "]".repeat(r.nextInt(3000));
            case 2 -> "{\"articles\": [" + "{\"html\": \"<div>\"},".repeat(r.nextInt(20)) + "{}]}";
            case 3 -> new String(randomBytes(r, r.nextInt(2000)), StandardCharsets.ISO_8859_1);
            case 4 -> "{\"text\": \"Dock workers struck\", \"published\": \"" + VALUES[r.nextInt(VALUES.length)] + "\"}";
            case 5 -> "";
            default -> "<html><body>" + "<p>".repeat(r.nextInt(500)) + "Ferry resumed</body></html>";
        };
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static int post(TestServers s, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(s.url("/api/ingest")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void randomParametersAndBodiesNeverGetAServerErrorAndGoodRequestsStillWork() throws Exception {
        try (TestServers s = TestServers.start(NewsFixture.create(dir), ServerSettings.defaults(0))) {
            int port = s.server().port();
            // one good article first, so that the language models are loaded before the budget starts
            assertThat(post(s, "{\"id\": \"before-fuzz\", \"text\": \"The Brenn ferry resumed service on Tuesday, the operator said.\"}"))
                    .isEqualTo(201);
            Random r = new Random(SEED);
            long start = System.nanoTime();
            int gets = 0;
            int posts = 0;
            while (System.nanoTime() - start < BUDGET_NANOS) {
                if (r.nextInt(10) > 0) {
                    StringBuilder target = new StringBuilder(PATHS[r.nextInt(PATHS.length)]);
                    int params = r.nextInt(4);
                    for (int i = 0; i < params; i++) {
                        String value = VALUES[r.nextInt(VALUES.length)];
                        // spaces and controls would break the request line; everything else goes raw, malformed escapes included
                        target.append(i == 0 ? '?' : '&').append(NAMES[r.nextInt(NAMES.length)]).append('=')
                                .append(value.replace(" ", "%20").replace("\"", "%22").replace("<", "%3C").replace(">", "%3E"));
                    }
                    String answer = raw(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n");
                    assertThat(status(answer)).as(target.toString()).isLessThan(500);
                    if (status(answer) >= 400 && target.toString().startsWith("/api/")) {
                        assertThat(answer).as(target.toString()).contains("application/problem+json");
                    }
                    gets++;
                } else {
                    String type = TYPES[r.nextInt(TYPES.length)];
                    byte[] body = body(r).getBytes(StandardCharsets.UTF_8);
                    String head = "POST /api/ingest" + (r.nextBoolean() ? "?url=https://x.example/" + r.nextInt(50) + "&title=T" : "")
                            + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + (type.isEmpty() ? "" : "Content-Type: " + type + "\r\n")
                            + "Content-Length: " + body.length + "\r\n\r\n";
                    ByteArrayOutputStream request = new ByteArrayOutputStream();
                    request.writeBytes(head.getBytes(StandardCharsets.UTF_8));
                    request.writeBytes(body);
                    String answer = raw(port, request.toString(StandardCharsets.ISO_8859_1));
                    assertThat(status(answer)).as(type).isLessThan(500);
                    if (status(answer) >= 400) {
                        assertThat(answer).contains("application/problem+json");
                    }
                    posts++;
                }
            }
            int before = s.store().articleCount();
            assertThat(post(s, "{\"id\": \"after-fuzz\", \"text\": \"The Norvik tram line opened on Monday after years of delay, the mayor said.\"}"))
                    .isEqualTo(201);
            assertThat(s.store().articleCount()).isEqualTo(before + 1);
            System.out.println("API fuzz (seed " + SEED + "): " + gets + " GETs, " + posts + " POSTs, no server error");
        }
    }

    @Test
    void twoHundredThreadsOfGetsAreAllAnswered() throws Exception {
        try (TestServers s = TestServers.withFixture(dir)) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            ExecutorService pool = Executors.newFixedThreadPool(200);
            AtomicInteger errors = new AtomicInteger();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            String[] paths = {"/api/events?limit=20", "/api/search?q=minister", "/", "/api/stats", "/api/entities"};
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                String path = paths[i % paths.length];
                done.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(java.net.URI.create(s.url(path)))
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            assertThat(errors.get()).isZero();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(java.util.Locale.ROOT, "load: 2000 GETs from 200 threads in %.1f s: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, 0 errors%n",
                    seconds, 2000 / seconds, sorted.get(1000) / 1e6, sorted.get(1980) / 1e6);
        }
    }
}
