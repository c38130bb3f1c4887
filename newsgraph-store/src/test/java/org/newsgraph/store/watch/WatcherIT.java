package org.newsgraph.store.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.cluster.EventAssembler;
import org.newsgraph.store.Ingestor;
import org.newsgraph.store.embedded.EmbeddedStore;

/** {@code watch} rounds against a real feed server on loopback: conditional GET, robots.txt, retries, politeness, restart. */
class WatcherIT {
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour Times</title><link>http://127.0.0.1/</link><description>news</description>
            <item><title>Dock workers in Varna strike</title><link>http://127.0.0.1/news/varna-strike</link><guid>varna-strike</guid>
            <pubDate>Fri, 03 May 2024 09:00:00 GMT</pubDate><description>Dock workers in Varna walked out on Friday over pay, halting the port. The union said the strike would last three days.</description></item>
            <item><title>Bridge over the Elm reopens</title><link>http://127.0.0.1/news/elm-bridge</link><guid>elm-bridge</guid>
            <pubDate>Sat, 04 May 2024 09:00:00 GMT</pubDate><description>The old bridge over the Elm reopened to traffic on Saturday after two years of repairs, the city council said.</description></item>
            </channel></rss>
            """;
    private static final String FLAKY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Post</title><id>urn:valley</id><updated>2024-05-05T08:00:00Z</updated>
            <entry><title>Wind farm approved off Brenn</title><id>urn:valley:wind</id><link href="http://127.0.0.1/valley/wind"/>
            <published>2024-05-05T08:00:00Z</published><updated>2024-05-05T08:00:00Z</updated>
            <content type="text">Regulators approved a wind farm off the coast of Brenn on Sunday, the energy ministry said in a statement.</content></entry>
            </feed>
            """;

    @TempDir
    Path tmp;

    private HttpServer server;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<Long> times = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private volatile String ferryLastmod = "2024-05-06T10:00:00Z";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String inm = x.getRequestHeaders().getFirst("If-None-Match");
        String ims = x.getRequestHeaders().getFirst("If-Modified-Since");
        log.add(path + (inm != null ? " if-none-match=" + inm : "") + (ims != null ? " if-modified-since" : "")
                + " ua=" + x.getRequestHeaders().getFirst("User-Agent"));
        times.add(System.nanoTime());
        switch (path) {
            case "/robots.txt" -> send(x, 200, "User-agent: *\nDisallow: /private/\n", null, null);
            case "/feed.rss" -> {
                if ("\"v1\"".equals(inm)) {
                    send(x, 304, null, "\"v1\"", null);
                } else {
                    send(x, 200, FEED, "\"v1\"", null);
                }
            }
            case "/flaky.atom" -> {
                if (flakyCalls.incrementAndGet() == 1) {
                    send(x, 503, "busy", null, null);
                } else if (ims != null) {
                    send(x, 304, null, null, "Sun, 05 May 2024 08:00:00 GMT");
                } else {
                    send(x, 200, FLAKY, null, "Sun, 05 May 2024 08:00:00 GMT");
                }
            }
            case "/sitemap-index.xml" -> {
                if ("\"idx1\"".equals(inm)) {
                    send(x, 304, null, "\"idx1\"", null);
                } else {
                    send(x, 200, """
                            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                              <sitemap><loc>%s</loc></sitemap>
                            </sitemapindex>
                            """.formatted(url("/news-sitemap.xml")), "\"idx1\"", null);
                }
            }
            case "/news-sitemap.xml" -> send(x, 200, """
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                      <url><loc>%s</loc><lastmod>%s</lastmod><news:news><news:publication><news:name>Lisk Courier</news:name></news:publication>
                        <news:publication_date>2024-05-06</news:publication_date><news:title>Ferry to Lisk resumes</news:title></news:news></url>
                      <url><loc>%s</loc></url>
                      <url><loc>%s</loc></url>
                      <url><loc>http://other.invalid/page</loc></url>
                    </urlset>
                    """.formatted(url("/pages/ferry"), ferryLastmod, url("/pages/fees"), url("/private/memo")), null, null);
            case "/pages/ferry" -> send(x, 200, page("Ferry to Lisk resumes",
                    "The ferry between Lisk and Brenn resumed on Monday after the storm, the port authority said."), null, null);
            case "/pages/fees" -> send(x, 200, page("Varna cuts harbour fees",
                    "The port of Varna cut its fees on Tuesday to win back ships lost to rival harbours."), null, null);
            default -> send(x, 404, "no", null, null);
        }
    }

    private static String page(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><nav>Home | World | Sport</nav><article><h1>"
                + title + "</h1><p>" + body + "</p><p>" + body.replace("said", "added") + "</p></article></body></html>";
    }

    private static void send(HttpExchange x, int status, String body, String etag, String lastModified) throws IOException {
        if (etag != null) {
            x.getResponseHeaders().add("ETag", etag);
        }
        if (lastModified != null) {
            x.getResponseHeaders().add("Last-Modified", lastModified);
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private Watcher.Round round(Path data, WatchSettings settings) throws InterruptedException {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            FeedFetcher fetcher = new FeedFetcher(HttpClient.newHttpClient(), settings, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
            Ingestor ingestor = new Ingestor(store, Pipelines.standard(), new EventAssembler()::assemble, 50);
            return new Watcher(settings, fetcher, ingestor, data).round();
        }
    }

    @Test
    void pollsFeedsAndFoldersPolitelyAndAfterARestartFetchesNothingUnchanged() throws Exception {
        Path incoming = Files.createDirectories(tmp.resolve("incoming"));
        Files.writeString(incoming.resolve("note.txt"), "Ferry service resumes in Lisk\n\nThe ferry between Lisk and Brenn resumed on Monday after the storm.\n");
        WatchSettings settings = new WatchSettings(List.of(url("/feed.rss"), url("/private/feed.rss"), url("/flaky.atom")), List.of(),
                List.of(incoming), Duration.ofSeconds(60), Duration.ofMillis(250), 2, Duration.ofMillis(50), "newsgraph-test/1.0", 200);
        Path data = tmp.resolve("data");

        Watcher.Round first = round(data, settings);
        assertThat(List.of(first.fetched(), first.notModified(), first.refused(), first.failed(), first.files())).containsExactly(2, 0, 1, 0, 1);
        assertThat(first.report().added()).isEqualTo(4);
        assertThat(first.notes()).anySatisfy(n -> assertThat(n).contains("robots.txt").contains("/private/feed.rss"));
        assertThat(log).noneMatch(l -> l.startsWith("/private/"));
        assertThat(log).allMatch(l -> l.endsWith("ua=newsgraph-test/1.0"));
        assertThat(flakyCalls.get()).as("the 503 was retried").isEqualTo(2);
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).as("gap before request %d (%s)", i, log.get(i))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(240));
        }

        log.clear();
        Watcher.Round restarted = round(data, settings);
        assertThat(List.of(restarted.fetched(), restarted.notModified(), restarted.files())).containsExactly(0, 2, 0);
        assertThat(restarted.report()).as("nothing new: no ingest").isNull();
        assertThat(log).contains("/feed.rss if-none-match=\"v1\" ua=newsgraph-test/1.0", "/flaky.atom if-modified-since ua=newsgraph-test/1.0");

        Files.writeString(incoming.resolve("later.txt"), "Harbour fees cut in Varna\n\nThe port of Varna cut its fees on Tuesday to win back ships.\n");
        Watcher.Round third = round(data, settings);
        assertThat(third.files()).isEqualTo(1);
        assertThat(third.report().added()).isEqualTo(1);
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            assertThat(store.articleCount()).isEqualTo(5);
        }
    }

    @Test
    void sitemapPagesAreFetchedOnceWithinTheBudgetAndAgainOnlyWhenTheirLastmodChanges() throws Exception {
        WatchSettings settings = new WatchSettings(List.of(), List.of(url("/sitemap-index.xml")), List.of(), Duration.ofSeconds(60),
                Duration.ofMillis(20), 0, Duration.ofMillis(10), "newsgraph-test/1.0", 1);
        Path data = tmp.resolve("data");

        Watcher.Round first = round(data, settings);
        assertThat(first.pages()).as("one page: the budget").isEqualTo(1);
        assertThat(first.pagesLeft()).isEqualTo(2);
        assertThat(first.notes()).anySatisfy(n -> assertThat(n).contains("another host"));
        assertThat(log).noneMatch(l -> l.contains("other.invalid"));
        assertThat(first.report().added()).isEqualTo(1);

        Watcher.Round second = round(data, settings);
        assertThat(log).as("the index was not finished, so it is asked again without validators")
                .filteredOn(l -> l.startsWith("/sitemap-index.xml")).noneMatch(l -> l.contains("if-none-match"));
        assertThat(List.of(second.pages(), second.pagesLeft(), second.refused())).containsExactly(1, 1, 0);
        assertThat(second.report().added()).isEqualTo(1);

        Watcher.Round third = round(data, settings);
        assertThat(List.of(third.pages(), third.pagesLeft(), third.refused())).as("/private/ is disallowed by robots.txt")
                .containsExactly(0, 0, 1);
        assertThat(log).noneMatch(l -> l.startsWith("/private/"));

        log.clear();
        Watcher.Round fourth = round(data, settings);
        assertThat(fourth.pages()).isZero();
        assertThat(fourth.notModified()).as("the finished index answers 304").isEqualTo(1);
        assertThat(log).contains("/sitemap-index.xml if-none-match=\"idx1\" ua=newsgraph-test/1.0");
        assertThat(log).noneMatch(l -> l.startsWith("/pages/"));
        assertThat(fourth.report()).isNull();

        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            assertThat(store.articleCount()).isEqualTo(2);
        }
    }

    @Test
    void aPageWhoseLastmodChangedIsFetchedAgain() throws Exception {
        WatchSettings settings = new WatchSettings(List.of(), List.of(url("/news-sitemap.xml")), List.of(), Duration.ofSeconds(60),
                Duration.ofMillis(20), 0, Duration.ofMillis(10), "newsgraph-test/1.0", 10);
        Path data = tmp.resolve("data");
        Watcher.Round first = round(data, settings);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.pagesLeft()).isZero();

        log.clear();
        ferryLastmod = "2024-05-07T08:00:00Z";
        Watcher.Round second = round(data, settings);
        assertThat(second.pages()).isEqualTo(1);
        assertThat(log).contains("/pages/ferry ua=newsgraph-test/1.0").noneMatch(l -> l.startsWith("/pages/fees"));
        assertThat(second.report().added()).as("the same page again is not a new article").isZero();
    }
}
