package org.newsgraph.store.watch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.newsgraph.model.Format;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.ingest.Sitemap;

/**
 * One round over the configured sitemaps: each sitemap (and, for a sitemap index, each sitemap it lists, one level
 * deep) is fetched conditionally through the {@link FeedFetcher}; each page it lists that was never fetched, or whose
 * {@code lastmod} changed since, is fetched as an HTML document, at most {@link WatchSettings#pagesPerRound()} pages
 * a round. A sitemap's validators are kept only once every page it lists is done, so pages left for a later round
 * (over the budget, or failed) are listed again then, while an unchanged, finished sitemap costs one 304. Pages
 * refused by robots.txt count as done. Not thread-safe.
 */
final class SitemapCrawl {
    static final int MAX_CHILDREN = 1_000;

    /**
     * What the round gave.
     *
     * @param documents  the pages fetched, as HTML documents with the sitemap's hints
     * @param validators sitemap URL → validators to keep (finished sitemaps only)
     * @param pages      page URL → the {@code lastmod} it was fetched under, for the pages done this round
     * @param left       pages listed but left for a later round (budget or failure)
     */
    record Result(List<RawDocument> documents, Map<String, WatchState.Validators> validators, Map<String, String> pages,
                  int notModified, int refused, int failed, int left, List<String> notes) {
        Result {
            documents = List.copyOf(documents);
            validators = Map.copyOf(validators);
            pages = Map.copyOf(pages);
            notes = List.copyOf(notes);
        }
    }

    private final FeedFetcher fetcher;
    private final WatchState state;
    private int budget;
    private final List<RawDocument> documents = new ArrayList<>();
    private final Map<String, WatchState.Validators> validators = new TreeMap<>();
    private final Map<String, String> pages = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private int notModified;
    private int refused;
    private int failed;
    private int left;

    private SitemapCrawl(FeedFetcher fetcher, WatchState state, int budget) {
        this.fetcher = fetcher;
        this.state = state;
        this.budget = budget;
    }

    static Result round(List<URI> sitemaps, FeedFetcher fetcher, WatchState state, int pagesPerRound) throws InterruptedException {
        SitemapCrawl crawl = new SitemapCrawl(Objects.requireNonNull(fetcher), Objects.requireNonNull(state), pagesPerRound);
        for (URI sitemap : sitemaps) {
            crawl.sitemap(sitemap, true);
        }
        return new Result(crawl.documents, crawl.validators, crawl.pages, crawl.notModified, crawl.refused, crawl.failed,
                crawl.left, crawl.notes);
    }

    /** Handles one sitemap; true when it is finished (every page it lists is done). */
    private boolean sitemap(URI url, boolean mayBeIndex) throws InterruptedException {
        FeedFetcher.Result r = fetcher.fetch(url, state.feeds().get(url.toString()));
        switch (r) {
            case FeedFetcher.Result.NotModified n -> {
                notModified++;
                return true;
            }
            case FeedFetcher.Result.Refused x -> {
                refused++;
                notes.add(x.reason());
                return true;
            }
            case FeedFetcher.Result.Failed x -> {
                failed++;
                notes.add(x.reason());
                return false;
            }
            case FeedFetcher.Result.Fetched f -> {
                Sitemap map = Sitemap.read(f.body(), url);
                for (Problem p : map.problems()) {
                    notes.add("sitemap " + url + ": " + p.message());
                }
                boolean finished = true;
                if (!map.children().isEmpty()) {
                    if (!mayBeIndex) {
                        notes.add("sitemap " + url + " is an index inside an index; its " + map.children().size()
                                + " sitemaps are not followed (one level of index is read)");
                    } else {
                        List<URI> children = map.children();
                        if (children.size() > MAX_CHILDREN) {
                            notes.add("sitemap index " + url + " lists " + children.size() + " sitemaps; the first "
                                    + MAX_CHILDREN + " are read");
                            children = children.subList(0, MAX_CHILDREN);
                        }
                        for (URI child : children) {
                            finished &= sitemap(child, false);
                        }
                    }
                }
                for (Sitemap.Page page : map.pages()) {
                    finished &= page(page);
                }
                if (finished) {
                    validators.put(url.toString(), f.validators());
                }
                return finished;
            }
        }
    }

    /** Fetches the page if it is new or changed and the budget allows; true when it is done. */
    private boolean page(Sitemap.Page page) throws InterruptedException {
        String key = page.url().toString();
        String stamp = page.lastModified() == null ? "" : page.lastModified();
        if (stamp.equals(state.pages().get(key)) || pages.containsKey(key)) {
            return true;
        }
        if (budget <= 0) {
            left++;
            return false;
        }
        budget--;
        FeedFetcher.Result r = fetcher.fetch(page.url(), null);
        switch (r) {
            case FeedFetcher.Result.Fetched f -> {
                documents.add(new RawDocument(key, f.body(), Format.HTML, null,
                        new SourceHints(key, key, page.title(), page.published(), page.outlet())));
                pages.put(key, stamp);
                return true;
            }
            case FeedFetcher.Result.Refused x -> {
                refused++;
                notes.add(x.reason());
                pages.put(key, stamp);
                return true;
            }
            case FeedFetcher.Result.NotModified n -> {
                pages.put(key, stamp);
                return true;
            }
            case FeedFetcher.Result.Failed x -> {
                failed++;
                left++;
                notes.add(x.reason());
                return false;
            }
        }
    }
}
