package org.newsgraph.server;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.newsgraph.store.watch.FeedFetcher;
import org.newsgraph.store.watch.WatchSettings;
import org.newsgraph.store.watch.Watcher;

/**
 * {@code newsgraph watch} inside {@code newsgraph serve}: rounds of {@link Watcher} on a daemon thread, each ingested
 * through {@link Backend#ingestAndRefresh}, so the API and the pages show new articles and events as soon as a
 * round stores them. A round's summary and notes go to {@code log}, one line each; a failing round is logged and the
 * next one runs after the interval. {@link #close()} stops the loop (a round in progress finishes its request first).
 */
public final class ServedWatch implements AutoCloseable {
    private final Thread thread;
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile int rounds;

    private ServedWatch(WatchSettings settings, Backend backend, Path data, Consumer<String> log) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
        FeedFetcher fetcher = new FeedFetcher(http, settings, Clock.systemUTC(), d -> {
            if (stop.await(d.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new InterruptedException("stopped");
            }
        });
        Watcher watcher = new Watcher(settings, fetcher, backend::ingestAndRefresh, data);
        thread = new Thread(() -> loop(watcher, settings.interval(), log), "newsgraph-watch");
        thread.setDaemon(true);
    }

    /** Starts polling now, then every {@link WatchSettings#interval()}. */
    public static ServedWatch start(WatchSettings settings, Backend backend, Path data, Consumer<String> log) {
        ServedWatch w = new ServedWatch(Objects.requireNonNull(settings), Objects.requireNonNull(backend), Objects.requireNonNull(data),
                Objects.requireNonNull(log));
        w.thread.start();
        return w;
    }

    /** Rounds finished so far. */
    public int rounds() {
        return rounds;
    }

    private void loop(Watcher watcher, Duration interval, Consumer<String> log) {
        try {
            while (stop.getCount() > 0) {
                try {
                    Watcher.Round r = watcher.round();
                    if (r.report() != null) {
                        log.accept("watch: " + r.report().added() + " new articles (" + r.pages() + " sitemap pages, " + r.files()
                                + " files), " + r.report().alreadyStored() + " already stored; " + r.report().events() + " events");
                    }
                    r.notes().forEach(n -> log.accept("watch: " + n));
                } catch (RuntimeException e) {
                    log.accept("watch: the round failed (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                            + "); the next one runs in " + interval.toSeconds() + " s");
                }
                rounds++;
                if (stop.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop.countDown();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
