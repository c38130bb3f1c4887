package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.embedded.EmbeddedStore;
import org.newsgraph.store.watch.WatchSettings;

/** A watch inside a running server: files dropped into a watched folder show up in the API without a restart. */
class ServedWatchIT {
    @TempDir
    Path tmp;

    private static int articles(TestServers s) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url("/api/stats"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body()).get("articles").asInt();
    }

    private static void awaitArticles(TestServers s, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (articles(s) < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(articles(s)).isEqualTo(expected);
    }

    @Test
    void filesDroppedIntoAWatchedFolderAppearInTheApiWhileServing() throws Exception {
        Path incoming = Files.createDirectories(tmp.resolve("incoming"));
        Path data = tmp.resolve("data");
        List<String> log = new CopyOnWriteArrayList<>();
        WatchSettings settings = new WatchSettings(List.of(), List.of(), List.of(incoming), Duration.ofMillis(300), Duration.ZERO, 0,
                Duration.ofMillis(10), "newsgraph-test/1.0", 10);
        try (TestServers s = TestServers.start(EmbeddedStore.open(data), ServerSettings.defaults(0));
             ServedWatch watch = ServedWatch.start(settings, s.backend(), data, log::add)) {
            assertThat(articles(s)).isZero();
            Files.writeString(incoming.resolve("ferry.txt"), "Ferry service resumes in Lisk\n\n"
                    + "The ferry between Lisk and Brenn resumed on Monday after the storm, the port authority said.\n");
            awaitArticles(s, 1);
            Files.writeString(incoming.resolve("fees.txt"), "Harbour fees cut in Varna\n\n"
                    + "The port of Varna cut its fees on Tuesday to win back ships lost to rival harbours.\n");
            awaitArticles(s, 2);
            assertThat(log).anySatisfy(l -> assertThat(l).startsWith("watch: 1 new articles"));
            int rounds = watch.rounds();
            Thread.sleep(1000);
            assertThat(watch.rounds()).as("it keeps polling").isGreaterThan(rounds);
            assertThat(articles(s)).as("unchanged files are not read again").isEqualTo(2);
        }
    }
}
