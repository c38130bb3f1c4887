package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.codec.Json;

/** Slow, greedy, foreign and malformed clients against a real server on loopback. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostileClientsIT {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path dir;

    /** Sends {@code raw} on a fresh connection and returns everything the server answers. */
    static String raw(TestServers s, String request) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.server().port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static HttpResponse<String> get(TestServers s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(java.net.URI.create(s.url(path))).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void normalRequestsAreAnsweredWhileSlowClientsDripTheirHeads() throws Exception {
        ServerSettings settings = ServerSettings.defaults(0).withConnectionLimits(64, Duration.ofSeconds(3));
        try (TestServers s = TestServers.start(NewsFixture.create(dir), settings)) {
            int slow = 16;
            List<Socket> sockets = new ArrayList<>();
            AtomicBoolean dripping = new AtomicBoolean(true);
            for (int i = 0; i < slow; i++) {
                sockets.add(new Socket(InetAddress.getLoopbackAddress(), s.server().port()));
            }
            Thread drip = Thread.ofPlatform().daemon().start(() -> {
                byte[] head = ("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + s.server().port() + "\r\nX-Padding: "
                        + "a".repeat(200) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                for (int b = 0; b < head.length && dripping.get(); b++) {
                    for (Socket socket : sockets) {
                        try {
                            socket.getOutputStream().write(head[b]);
                            socket.getOutputStream().flush();
                        } catch (java.io.IOException e) {
                            // closed by the server's head deadline: that is the point
                        }
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            try {
                int answered = 0;
                for (int i = 0; i < 40; i++) {
                    HttpResponse<String> r = get(s, i % 2 == 0 ? "/api/events?limit=5" : "/");
                    assertThat(r.statusCode()).isEqualTo(200);
                    answered++;
                }
                assertThat(answered).isEqualTo(40);
                // a client that has not sent its head by the deadline is told so and disconnected
                Socket first = sockets.get(0);
                first.setSoTimeout(20_000);
                String answer = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 408");
            } finally {
                dripping.set(false);
                drip.join(10_000);
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void connectionsOverTheLimitPerClientAreRefusedAndTheServerRecovers() throws Exception {
        ServerSettings settings = ServerSettings.defaults(0).withConnectionLimits(10, Duration.ofSeconds(30));
        try (TestServers s = TestServers.start(NewsFixture.create(dir), settings)) {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 10; i++) {
                    idle.add(new Socket(InetAddress.getLoopbackAddress(), s.server().port()));
                }
                String refused = null;
                for (int attempt = 0; attempt < 50 && refused == null; attempt++) {
                    String r = raw(s, "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1:" + s.server().port() + "\r\n\r\n");
                    if (r.startsWith("HTTP/1.1 503")) {
                        refused = r;
                    }
                    Thread.sleep(50);
                }
                assertThat(refused).as("an eleventh connection is refused").isNotNull().contains("application/problem+json");
            } finally {
                for (Socket socket : idle) {
                    socket.close();
                }
            }
            HttpResponse<String> after = null;
            for (int attempt = 0; attempt < 100; attempt++) {
                after = get(s, "/api/stats");
                if (after.statusCode() == 200) {
                    break;
                }
                Thread.sleep(50);
            }
            assertThat(after.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aForeignHostIsRefusedSoDnsRebindingCannotRead() throws Exception {
        try (TestServers s = TestServers.withFixture(dir)) {
            String foreign = raw(s, "GET /api/events HTTP/1.1\r\nHost: evil.example:" + s.server().port() + "\r\n\r\n");
            assertThat(foreign).startsWith("HTTP/1.1 421").contains("application/problem+json").doesNotContain("\"items\"");
            String own = raw(s, "GET /api/stats HTTP/1.1\r\nHost: localhost:" + s.server().port() + "\r\n\r\n");
            assertThat(own).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void aCrossOriginPostIsRefusedAndStoresNothing() throws Exception {
        try (TestServers s = TestServers.start(NewsFixture.create(dir), ServerSettings.defaults(0).withToken("t0ken"))) {
            int before = s.store().articleCount();
            String body = "Dock workers in Norvik walked out on Friday over unpaid wages, the union said.";
            String post = "POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:" + s.server().port() + "\r\nOrigin: http://evil.example\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
            assertThat(raw(s, post)).startsWith("HTTP/1.1 403").contains("evil.example");
            String formFromAnotherSite = post.replace("Origin: http://evil.example\r\n", "Sec-Fetch-Site: cross-site\r\n");
            assertThat(raw(s, formFromAnotherSite)).startsWith("HTTP/1.1 403");
            String noToken = post.replace("Origin: http://evil.example\r\n", "");
            assertThat(raw(s, noToken)).startsWith("HTTP/1.1 401");
            assertThat(s.store().articleCount()).isEqualTo(before);
            String sameOrigin = post.replace("Origin: http://evil.example\r\n", "Origin: http://127.0.0.1:" + s.server().port()
                    + "\r\nAuthorization: Bearer t0ken\r\n");
            assertThat(raw(s, sameOrigin)).startsWith("HTTP/1.1 201");
            assertThat(s.store().articleCount()).isEqualTo(before + 1);
        }
    }

    @Test
    void malformedAndTooComplexQueriesAreProblemsNotServerErrors() throws Exception {
        try (TestServers s = TestServers.withFixture(dir)) {
            String zz = raw(s, "GET /api/search?q=%ZZ% HTTP/1.1\r\nHost: 127.0.0.1:" + s.server().port() + "\r\n\r\n");
            assertThat(zz).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("percent-escape");
            String regex = URLEncoder.encode("/[ac]*a[ac]{50}/", StandardCharsets.UTF_8);
            for (String path : List.of("/api/search?q=" + regex, "/api/events?q=" + regex)) {
                HttpResponse<String> r = get(s, path);
                assertThat(r.statusCode()).as(path).isEqualTo(400);
                assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
                JsonNode problem = Json.mapper().readTree(r.body());
                assertThat(problem.get("detail").asText()).contains("too complex");
            }
            assertThat(raw(s, "NOT A REQUEST\r\n\r\n")).startsWith("HTTP/1.1 400");
            String big = raw(s, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + s.server().port() + "\r\nX-Big: " + "b".repeat(40_000) + "\r\n\r\n");
            assertThat(big).startsWith("HTTP/1.1 431");
        }
    }

    @Test
    void overLongIdsAndOutletsInPostedArticlesAre422Problems() throws Exception {
        try (TestServers s = TestServers.start(NewsFixture.create(dir), ServerSettings.defaults(0))) {
            int before = s.store().articleCount();
            for (String field : List.of("\"id\": \"" + "i".repeat(400) + "\"", "\"outlet\": \"" + "o".repeat(600) + "\"")) {
                String body = "{" + field + ", \"text\": \"Farmers in Brenn blocked the ring road on Tuesday over grain prices.\"}";
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(java.net.URI.create(s.url("/api/ingest")))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(field.substring(0, 8)).isEqualTo(422);
                assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
                assertThat(r.body()).contains("too-long");
            }
            assertThat(s.store().articleCount()).isEqualTo(before);
        }
    }
}
