package org.newsgraph.store.watch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@code newsgraph watch} polls and how politely, bound once from the config file ({@link WatchSettingsParser}).
 *
 * @param feeds      RSS or Atom feed URLs (http or https)
 * @param sitemaps   sitemap or sitemap-index URLs (http or https) whose listed pages are fetched and ingested
 * @param folders    folders whose new or changed files are ingested (recursively)
 * @param interval   time between two polling rounds
 * @param politeness least time between two requests to the same host
 * @param retries    further tries after a failed request (a network error or a 5xx answer), with doubling back-off
 * @param backoff    wait before the first retry
 * @param userAgent  the User-Agent sent, and the name robots.txt rules are matched against
 * @param pagesPerRound the most sitemap pages fetched in one round; the rest wait for the next round
 */
public record WatchSettings(List<URI> feeds, List<URI> sitemaps, List<Path> folders, Duration interval, Duration politeness,
                            int retries, Duration backoff, String userAgent, int pagesPerRound) {
    public static final int DEFAULT_PAGES_PER_ROUND = 200;
    public static final String DEFAULT_AGENT = "newsgraph/0.1";

    public WatchSettings {
        feeds = List.copyOf(feeds);
        sitemaps = List.copyOf(sitemaps);
        folders = List.copyOf(folders);
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(userAgent, "userAgent");
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
        if (pagesPerRound < 1) {
            throw new IllegalArgumentException("pagesPerRound must be at least 1");
        }
    }
}
