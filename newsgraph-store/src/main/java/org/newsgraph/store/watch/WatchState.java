package org.newsgraph.store.watch;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.store.codec.JsonStateFile;

/**
 * What {@code watch} remembers between rounds and restarts, kept in {@code watch-state.json} in the data folder: each
 * feed's validators (so the next request is conditional and an unchanged feed is not fetched again) and each
 * watched file's size and modification time (so an unchanged file is not read again), and each sitemap page fetched
 * with the {@code lastmod} it had (so a page is fetched again only when its sitemap says it changed). Written after the round's
 * articles are stored, atomically (a temporary file moved into place); a lost or partly written round is simply
 * done again, and ingest being idempotent, nothing is duplicated. Immutable.
 *
 * @param feeds feed URL → its validators
 * @param files absolute file path → its stamp
 * @param pages sitemap page URL → the {@code lastmod} text it was fetched under ("" when its sitemap gave none)
 */
public record WatchState(Map<String, Validators> feeds, Map<String, FileStamp> files, Map<String, String> pages) {
    public static final String FILE = "watch-state.json";

    /** A feed's HTTP validators, either may be null. */
    public record Validators(String etag, String lastModified) {
    }

    /** A file's size and modification time (milliseconds since the epoch). */
    public record FileStamp(long size, long modified) {
    }

    public WatchState {
        feeds = Map.copyOf(feeds == null ? Map.of() : feeds);
        files = Map.copyOf(files == null ? Map.of() : files);
        pages = Map.copyOf(pages == null ? Map.of() : pages);
    }

    public static final WatchState EMPTY = new WatchState(Map.of(), Map.of(), Map.of());

    /** The state saved in {@code data}, or {@link #EMPTY} when none was saved. */
    public static WatchState load(Path data) {
        return JsonStateFile.read(data.resolve(FILE), WatchState.class, "delete it to poll every feed afresh").orElse(EMPTY);
    }

    public void save(Path data) {
        JsonStateFile.write(data.resolve(FILE), this);
    }

    /** The same state with these feeds' (and sitemaps') validators, files' stamps and pages updated. */
    public WatchState with(Map<String, Validators> newFeeds, Map<String, FileStamp> newFiles, Map<String, String> newPages) {
        Map<String, Validators> f = new TreeMap<>(feeds);
        f.putAll(newFeeds);
        Map<String, FileStamp> s = new TreeMap<>(files);
        s.putAll(newFiles);
        Map<String, String> p = new TreeMap<>(pages);
        p.putAll(newPages);
        return new WatchState(f, s, p);
    }
}
