package org.newsgraph.store.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches feeds politely: a conditional GET ({@code If-None-Match} / {@code If-Modified-Since} from the validators of
 * the last fetch), a pause of at least {@link WatchSettings#politeness()} between the end of one request to a host and the start of
 * the next (robots.txt requests included), robots.txt honoured per host (RFC 9309: a 4xx robots.txt allows everything, an unreachable or 5xx one
 * disallows everything for now), and a failed request (network error, 429 or 5xx) tried again
 * {@link WatchSettings#retries()} times after a back-off that doubles each time. Bodies above
 * {@value #MAX_BYTES} bytes are refused. Time is read from the injected clock and waits go through the injected
 * {@link Sleeper}. Not thread-safe: one fetcher per watch loop; robots.txt is cached for the fetcher's life.
 */
public final class FeedFetcher {
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /** Waits; tests may record instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** What one fetch gave. */
    public sealed interface Result {
        /** A new body, with the validators to send next time. */
        record Fetched(byte[] body, WatchState.Validators validators) implements Result {
        }

        /** 304: unchanged since the last fetch. */
        record NotModified() implements Result {
        }

        /** Not fetched, on purpose (robots.txt). */
        record Refused(String reason) implements Result {
        }

        /** Could not be fetched, after the retries. */
        record Failed(String reason) implements Result {
        }
    }

    private final HttpClient http;
    private final WatchSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> lastRequest = new HashMap<>();
    private final Map<String, RobotsRules> robots = new HashMap<>();

    public FeedFetcher(HttpClient http, WatchSettings settings, Clock clock, Sleeper sleeper) {
        this.http = Objects.requireNonNull(http);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.sleeper = Objects.requireNonNull(sleeper);
    }

    /** Fetches {@code url} unless robots.txt forbids it; {@code known} are the last fetch's validators, or null. */
    public Result fetch(URI url, WatchState.Validators known) throws InterruptedException {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            path += "?" + url.getRawQuery();
        }
        if (!robotsFor(url).allows(path)) {
            return new Result.Refused("robots.txt of " + url.getHost() + " disallows " + path);
        }
        HttpRequest.Builder b = request(url);
        if (known != null && known.etag() != null) {
            b.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            b.header("If-Modified-Since", known.lastModified());
        }
        Answer a = send(url, b.build());
        if (a.error() != null) {
            return new Result.Failed(a.error());
        }
        return switch (a.status()) {
            case 304 -> new Result.NotModified();
            case 200 -> a.body().length > MAX_BYTES
                    ? new Result.Failed(url + " is larger than " + MAX_BYTES + " bytes")
                    : new Result.Fetched(a.body(), new WatchState.Validators(a.etag(), a.lastModified()));
            default -> new Result.Failed(url + " answered HTTP " + a.status());
        };
    }

    private RobotsRules robotsFor(URI url) throws InterruptedException {
        String origin = origin(url);
        RobotsRules known = robots.get(origin);
        if (known != null) {
            return known;
        }
        URI robotsUrl = URI.create(origin + "/robots.txt");
        Answer a = send(robotsUrl, request(robotsUrl).build());
        RobotsRules rules;
        if (a.error() != null || a.status() >= 500) {
            rules = RobotsRules.DISALLOW_ALL;
        } else if (a.status() >= 400) {
            rules = RobotsRules.ALLOW_ALL;
        } else if (a.status() == 200) {
            rules = RobotsRules.parse(new String(a.body(), StandardCharsets.UTF_8), settings.userAgent());
        } else {
            rules = RobotsRules.ALLOW_ALL;
        }
        // an unreachable robots.txt is asked again next round; an answered one is kept
        if (rules != RobotsRules.DISALLOW_ALL) {
            robots.put(origin, rules);
        }
        return rules;
    }

    private HttpRequest.Builder request(URI url) {
        return HttpRequest.newBuilder(url).GET().timeout(Duration.ofSeconds(30)).header("User-Agent", settings.userAgent());
    }

    /** The status, body and validators of an answer, or the error that stopped every try. */
    private record Answer(int status, byte[] body, String etag, String lastModified, String error) {
    }

    private Answer send(URI url, HttpRequest request) throws InterruptedException {
        Duration wait = settings.backoff();
        Answer last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                sleeper.sleep(wait);
                wait = wait.multipliedBy(2);
            }
            politely(url);
            try {
                HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                byte[] body;
                try (InputStream in = r.body()) {
                    body = in.readNBytes(MAX_BYTES + 1);
                }
                last = new Answer(r.statusCode(), body, r.headers().firstValue("ETag").orElse(null),
                        r.headers().firstValue("Last-Modified").orElse(null), null);
                if (r.statusCode() != 429 && r.statusCode() < 500) {
                    return last;
                }
            } catch (IOException e) {
                last = new Answer(0, new byte[0], null, null,
                        "cannot reach " + url + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } finally {
                lastRequest.put(hostOf(url), clock.instant());
            }
        }
        return last;
    }

    /** Waits until {@link WatchSettings#politeness()} has passed since the last answer from this host. */
    private void politely(URI url) throws InterruptedException {
        Instant last = lastRequest.get(hostOf(url));
        if (last != null) {
            Duration since = Duration.between(last, clock.instant());
            if (since.compareTo(settings.politeness()) < 0) {
                sleeper.sleep(settings.politeness().minus(since));
            }
        }
    }

    private static String hostOf(URI url) {
        return url.getHost() + ":" + url.getPort();
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
