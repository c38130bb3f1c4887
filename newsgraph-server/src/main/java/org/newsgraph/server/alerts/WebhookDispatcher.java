package org.newsgraph.server.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.model.Event;
import org.newsgraph.model.Outcome;
import org.newsgraph.server.Backend;
import org.newsgraph.server.api.ReadApi;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.http.QueryParams;
import org.newsgraph.store.SavedSearch;
import org.newsgraph.store.codec.Json;

/**
 * Pushes alerts: for every saved search with a webhook, the events that match it now and were not delivered before
 * are POSTed to the webhook as JSON, at most {@value #BATCH} a request:
 * {@code {"alert": NAME, "query": FILTERS, "feed": "/feeds/NAME.atom", "events": [event records as /api/events
 * lists them]}}. A webhook seen for the first time (a new alert, or a changed URL) starts from a baseline: the events
 * matching at that moment are recorded, not sent, so it receives only what comes later. A 2xx answer is a delivery;
 * a network error, a 429 or a 5xx is tried again after a back-off that doubles, and what still fails stays undelivered
 * for the next pass; any other answer is reported and also kept for the next pass. What was delivered is kept in
 * {@link DeliveryState} (in the data folder), so a restart sends nothing twice. Not thread-safe: one pass at a time.
 */
public final class WebhookDispatcher {
    static final int BATCH = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Waits; tests may record instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** What one pass did, with a line per problem in words a user understands. */
    public record Pass(int webhooks, int baselined, int sent, int requests, int failed, List<String> notes) {
        public Pass {
            notes = List.copyOf(notes);
        }
    }

    private final Backend backend;
    private final Path data;
    private final HttpClient http;
    private final int retries;
    private final Duration backoff;
    private final Sleeper sleeper;
    private final String userAgent;

    public WebhookDispatcher(Backend backend, Path data, HttpClient http, int retries, Duration backoff, Sleeper sleeper, String userAgent) {
        this.backend = Objects.requireNonNull(backend);
        this.data = Objects.requireNonNull(data);
        this.http = Objects.requireNonNull(http);
        this.retries = retries;
        this.backoff = Objects.requireNonNull(backoff);
        this.sleeper = Objects.requireNonNull(sleeper);
        this.userAgent = Objects.requireNonNull(userAgent);
    }

    /** One pass over every alert with a webhook. */
    public Pass deliver() throws InterruptedException {
        DeliveryState state = DeliveryState.load(data);
        Map<String, DeliveryState.Alert> next = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        int webhooks = 0;
        int baselined = 0;
        int sent = 0;
        int requests = 0;
        int failed = 0;
        Catalog catalog = backend.catalog().get();
        for (SavedSearch search : backend.store().savedSearches()) {
            if (search.webhook() == null) {
                continue;
            }
            webhooks++;
            DeliveryState.Alert known = state.alerts().get(search.name());
            Outcome<List<Event>> found = ReadApi.filteredEvents(backend, catalog, QueryParams.parse(search.query()), Set.of());
            if (found instanceof Outcome.Failed<List<Event>> f) {
                notes.add("alert " + search.name() + ": its filter no longer reads (" + f.problem().message() + "); nothing was sent");
                if (known != null) {
                    next.put(search.name(), known);
                }
                continue;
            }
            List<Event> matching = ((Outcome.Ok<List<Event>>) found).value();
            Set<String> now = new TreeSet<>();
            matching.forEach(e -> now.add(e.id()));
            if (known == null || !known.webhook().equals(search.webhook())) {
                next.put(search.name(), new DeliveryState.Alert(search.webhook(), List.copyOf(now)));
                baselined += now.size();
                continue;
            }
            Set<String> delivered = new HashSet<>(known.delivered());
            List<Event> fresh = matching.stream().filter(e -> !delivered.contains(e.id()))
                    .sorted(java.util.Comparator.comparing(Event::id)).toList();
            // keep only ids that still match: the file stays as small as the alert's matches
            Set<String> kept = new TreeSet<>(delivered);
            kept.retainAll(now);
            for (int from = 0; from < fresh.size(); from += BATCH) {
                List<Event> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
                requests++;
                String problem = post(search, batch);
                if (problem != null) {
                    failed++;
                    notes.add("alert " + search.name() + ": " + problem + "; " + (fresh.size() - from)
                            + " events stay undelivered and are tried again on the next pass");
                    break;
                }
                batch.forEach(e -> kept.add(e.id()));
                sent += batch.size();
            }
            next.put(search.name(), new DeliveryState.Alert(search.webhook(), List.copyOf(kept)));
        }
        new DeliveryState(next).save(data);
        return new Pass(webhooks, baselined, sent, requests, failed, notes);
    }

    /** POSTs one batch, with retries; null when delivered, else what went wrong. */
    private String post(SavedSearch search, List<Event> events) throws InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("alert", search.name());
        body.put("query", search.query());
        body.put("feed", "/feeds/" + search.name() + ".atom");
        ArrayNode list = body.putArray("events");
        for (Event e : events) {
            try {
                list.add(JSON.readTree(Json.write(e)));
            } catch (IOException x) {
                return "event " + e.id() + " cannot be written as JSON";
            }
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(search.webhook())).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", userAgent)
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        } catch (IllegalArgumentException e) {
            return "the webhook " + search.webhook() + " is not a usable URL";
        }
        Duration wait = backoff;
        String last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) {
                sleeper.sleep(wait);
                wait = wait.multipliedBy(2);
            }
            try {
                HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                int status = r.statusCode();
                if (status >= 200 && status < 300) {
                    return null;
                }
                last = "the webhook answered HTTP " + status;
                if (status != 429 && status < 500) {
                    return last;
                }
            } catch (IOException e) {
                last = "cannot reach the webhook " + search.webhook() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return last + " (after " + (retries + 1) + " tries)";
    }
}
