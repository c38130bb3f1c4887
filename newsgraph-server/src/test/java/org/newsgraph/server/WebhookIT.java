package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Event;
import org.newsgraph.model.TimeValue;
import org.newsgraph.server.alerts.WebhookDispatcher;
import org.newsgraph.server.catalog.LiveCatalog;
import org.newsgraph.store.SavedSearch;
import org.newsgraph.store.embedded.EmbeddedStore;

/** Alerts with a webhook, against a real HTTP receiver on loopback: baseline, delivery, retries, restart. */
class WebhookIT {
    @TempDir
    Path tmp;

    private HttpServer receiver;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", this::handle);
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        calls.incrementAndGet();
        byte[] body = x.getRequestBody().readAllBytes();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            x.sendResponseHeaders(503, -1);
            x.close();
            return;
        }
        received.add(new ObjectMapper().readTree(new String(body, StandardCharsets.UTF_8)));
        contentTypes.add(x.getRequestHeaders().getFirst("Content-Type"));
        x.sendResponseHeaders(204, -1);
        x.close();
    }

    private String hook() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static WebhookDispatcher dispatcher(Backend backend, Path data) {
        return new WebhookDispatcher(backend, data, HttpClient.newHttpClient(), 2, Duration.ofMillis(10), d -> Thread.sleep(d.toMillis()),
                "newsgraph-test/1.0");
    }

    private static Event visit(String id, String article, LocalDate day, String place) {
        return new Event(id, List.of(article), new TimeValue.Day(day), place, "VISIT", List.of("Tomas Lind"),
                "Sudmark president visits " + place, List.of("Valley Post"), 1, id.replace("ev-", "st-"));
    }

    @Test
    void newMatchingEventsArePostedOnceAfterABaselineWithRetriesAndNothingTwiceAfterARestart() throws Exception {
        Path data = tmp.resolve("data");
        try (EmbeddedStore store = NewsFixture.create(data)) {
            store.saveSearch(new SavedSearch("visits", "type=VISIT", hook()));
            LiveCatalog catalog = new LiveCatalog(store, store);
            Backend backend = new Backend(store, catalog, sources -> {
                throw new UnsupportedOperationException("no ingest in this test");
            }, ServerSettings.defaults(0));

            WebhookDispatcher.Pass first = dispatcher(backend, data).deliver();
            assertThat(List.of(first.webhooks(), first.sent(), first.requests())).containsExactly(1, 0, 0);
            assertThat(first.baselined()).as("the visit matching when the webhook is first seen").isEqualTo(1);
            assertThat(calls.get()).isZero();

            List<Event> events = new ArrayList<>(store.events(0, 1000));
            events.add(visit("ev-bergen", "a5", LocalDate.of(2024, 5, 2), "Bergen"));
            store.replaceEvents(events);
            catalog.refresh();
            failuresLeft.set(1);
            WebhookDispatcher.Pass second = dispatcher(backend, data).deliver();
            assertThat(List.of(second.sent(), second.requests(), second.failed())).containsExactly(1, 1, 0);
            assertThat(calls.get()).as("one 503, then the retry").isEqualTo(2);
            JsonNode body = received.get(0);
            assertThat(body.get("alert").asText()).isEqualTo("visits");
            assertThat(body.get("query").asText()).isEqualTo("type=VISIT");
            assertThat(body.get("feed").asText()).isEqualTo("/feeds/visits.atom");
            assertThat(body.get("events")).hasSize(1);
            assertThat(body.get("events").get(0).get("id").asText()).isEqualTo("ev-bergen");
            assertThat(body.get("events").get(0).get("place").asText()).isEqualTo("Bergen");
            assertThat(contentTypes.get(0)).startsWith("application/json");

            WebhookDispatcher.Pass restarted = dispatcher(backend, data).deliver();
            assertThat(List.of(restarted.sent(), restarted.requests())).containsExactly(0, 0);
            assertThat(calls.get()).isEqualTo(2);

            events.add(visit("ev-tromso", "a5", LocalDate.of(2024, 5, 9), "Tromso"));
            store.replaceEvents(events);
            catalog.refresh();
            failuresLeft.set(10);
            WebhookDispatcher.Pass down = dispatcher(backend, data).deliver();
            assertThat(List.of(down.sent(), down.failed())).containsExactly(0, 1);
            assertThat(down.notes()).singleElement().satisfies(n -> assertThat(n).contains("alert visits")
                    .contains("HTTP 503").contains("after 3 tries").contains("1 events stay undelivered"));

            failuresLeft.set(0);
            WebhookDispatcher.Pass back = dispatcher(backend, data).deliver();
            assertThat(back.sent()).isEqualTo(1);
            assertThat(received.get(received.size() - 1).get("events").get(0).get("id").asText()).isEqualTo("ev-tromso");
        }
    }

    @Test
    void aChangedWebhookStartsFromANewBaselineAndAlertsWithoutOneAreLeftAlone() throws Exception {
        Path data = tmp.resolve("data");
        try (EmbeddedStore store = NewsFixture.create(data)) {
            store.saveSearch(new SavedSearch("visits", "type=VISIT", "http://127.0.0.1:9/nowhere"));
            Backend backend = new Backend(store, new LiveCatalog(store, store), sources -> {
                throw new UnsupportedOperationException("no ingest in this test");
            }, ServerSettings.defaults(0));
            assertThat(dispatcher(backend, data).deliver().baselined()).isEqualTo(1);
            store.saveSearch(new SavedSearch("visits", "type=VISIT", hook()));
            WebhookDispatcher.Pass moved = dispatcher(backend, data).deliver();
            assertThat(List.of(moved.webhooks(), moved.baselined(), moved.sent())).containsExactly(1, 1, 0);
            assertThat(calls.get()).isZero();
        }
    }
}
