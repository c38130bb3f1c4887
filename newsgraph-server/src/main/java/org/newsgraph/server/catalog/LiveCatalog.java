package org.newsgraph.server.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.EventStore;

/**
 * The current {@link Catalog} of a store, swapped atomically when {@link #refresh()} brings it up to date after an
 * ingest. Readers always see one complete catalog. A refresh reads only the articles stored since the previous
 * one (articles are append-only and listed in storage order) plus the event table, which clustering may have
 * rewritten; everything else comes from the digests kept of earlier articles. Thread-safe.
 */
public final class LiveCatalog {
    private final ArticleStore articles;
    private final EventStore events;
    private final AtomicReference<Catalog> current;
    private final List<ArticleDigest> digests = new ArrayList<>();

    public LiveCatalog(ArticleStore articles, EventStore events) {
        this.articles = Objects.requireNonNull(articles);
        this.events = Objects.requireNonNull(events);
        articles.forEach(p -> digests.add(ArticleDigest.of(p)));
        this.current = new AtomicReference<>(Catalog.build(Catalog.allEvents(events), digests));
    }

    public Catalog get() {
        return current.get();
    }

    /**
     * Reads the articles stored since the last refresh and the current events, and publishes the new catalog.
     * If the store holds fewer articles than already digested (it was replaced under us), everything is re-read.
     */
    public synchronized Catalog refresh() {
        int known = digests.size();
        int count = articles.articleCount();
        if (count < known) {
            digests.clear();
            articles.forEach(p -> digests.add(ArticleDigest.of(p)));
        } else if (count > known) {
            for (ArticleSummary s : articles.articles(known, count - known)) {
                articles.article(s.id()).ifPresent(p -> digests.add(ArticleDigest.of(p)));
            }
        }
        Catalog c = Catalog.build(Catalog.allEvents(events), digests);
        current.set(c);
        return c;
    }

    /** Number of articles the catalog has digested (for tests and diagnostics). */
    int digested() {
        return digests.size();
    }
}
