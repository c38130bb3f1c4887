package org.newsgraph.store.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.ingest.FeedSource;
import org.newsgraph.pipeline.ingest.FileSource;
import org.newsgraph.pipeline.ingest.IngestLimits;
import org.newsgraph.pipeline.ingest.Source;
import org.newsgraph.pipeline.ingest.SourceItem;
import org.newsgraph.store.IngestReport;
import org.newsgraph.store.Ingestor;

/**
 * One polling round of {@code newsgraph watch}: every feed is fetched ({@link FeedFetcher}: conditional, polite,
 * robots.txt honoured), every sitemap's new or changed pages are fetched ({@link SitemapCrawl}), every new or changed
 * file of the watched folders is read, and what came in is ingested in one run (so events are rebuilt once per
 * round). The state ({@link WatchState}) is saved after the articles are
 * stored, so a restart neither fetches an unchanged feed again nor reads an unchanged file again; ingest being
 * idempotent, an interrupted round that is done again stores nothing twice. Not thread-safe.
 */
public final class Watcher {
    /**
     * What a round did; {@code report} is null when nothing new came in (no ingest was run). {@code fetched}
     * counts the feeds and sitemap pages fetched; {@code notModified}, {@code refused} and {@code failed} count feeds,
     * sitemaps and pages together;
     * {@code pages} counts the sitemap pages fetched and {@code pagesLeft} those left for a later round.
     */
    public record Round(int fetched, int notModified, int refused, int failed, int pages, int pagesLeft, int files,
                        IngestReport report, List<String> notes) {
        public Round {
            notes = List.copyOf(notes);
        }
    }

    /** Stores what a round brought in (an {@link Ingestor}, or a server's ingest that also refreshes its pages). */
    @FunctionalInterface
    public interface RoundIngest {
        IngestReport ingest(List<Source> sources);
    }

    private final WatchSettings settings;
    private final FeedFetcher fetcher;
    private final RoundIngest ingest;
    private final Path data;

    public Watcher(WatchSettings settings, FeedFetcher fetcher, Ingestor ingestor, Path data) {
        this(settings, fetcher, sources -> ingestor.ingest(sources, (seen, added, location) -> { }), data);
    }

    public Watcher(WatchSettings settings, FeedFetcher fetcher, RoundIngest ingest, Path data) {
        this.settings = Objects.requireNonNull(settings);
        this.fetcher = Objects.requireNonNull(fetcher);
        this.ingest = Objects.requireNonNull(ingest);
        this.data = Objects.requireNonNull(data);
    }

    public Round round() throws InterruptedException {
        WatchState state = WatchState.load(data);
        List<Source> sources = new ArrayList<>();
        Map<String, WatchState.Validators> validators = new TreeMap<>();
        Map<String, WatchState.FileStamp> stamps = new TreeMap<>();
        List<String> notes = new ArrayList<>();
        int fetched = 0;
        int unchanged = 0;
        int refused = 0;
        int failed = 0;
        for (URI feed : settings.feeds()) {
            FeedFetcher.Result r = fetcher.fetch(feed, state.feeds().get(feed.toString()));
            switch (r) {
                case FeedFetcher.Result.Fetched f -> {
                    fetched++;
                    sources.add(new FeedSource(new ByteArrayInputStream(f.body()), feed.toString(), IngestLimits.DEFAULT));
                    validators.put(feed.toString(), f.validators());
                }
                case FeedFetcher.Result.NotModified n -> unchanged++;
                case FeedFetcher.Result.Refused x -> {
                    refused++;
                    notes.add(x.reason());
                }
                case FeedFetcher.Result.Failed x -> {
                    failed++;
                    notes.add(x.reason());
                }
            }
        }
        SitemapCrawl.Result crawl = SitemapCrawl.round(settings.sitemaps(), fetcher, state, settings.pagesPerRound());
        if (!crawl.documents().isEmpty()) {
            List<RawDocument> pages = crawl.documents();
            sources.add(sink -> pages.forEach(d -> sink.accept(new SourceItem.Document(d))));
        }
        validators.putAll(crawl.validators());
        notes.addAll(crawl.notes());
        List<Path> changed = new ArrayList<>();
        for (Path folder : settings.folders()) {
            if (!Files.isDirectory(folder)) {
                notes.add("folder " + folder + " does not exist");
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    WatchState.FileStamp stamp = new WatchState.FileStamp(Files.size(f), Files.getLastModifiedTime(f).toMillis());
                    String key = f.toAbsolutePath().normalize().toString();
                    if (!stamp.equals(state.files().get(key))) {
                        changed.add(f);
                        stamps.put(key, stamp);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        if (!changed.isEmpty()) {
            sources.add(new FileSource(changed, IngestLimits.DEFAULT));
        }
        IngestReport report = sources.isEmpty() ? null : ingest.ingest(sources);
        state.with(validators, stamps, crawl.pages()).save(data);
        return new Round(fetched + crawl.documents().size(), unchanged + crawl.notModified(), refused + crawl.refused(),
                failed + crawl.failed(), crawl.documents().size(), crawl.left(), changed.size(), report, notes);
    }
}
