package org.newsgraph.store.server;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.model.Event;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.EventStore;

/** One implementation of both contracts seen as {@link StoreContract.Stores}; closing it closes the store. */
final class ForwardingStores implements StoreContract.Stores {
    private final ArticleStore articles;
    private final EventStore events;
    private final AutoCloseable closer;

    <T extends ArticleStore & EventStore & AutoCloseable> ForwardingStores(T store, Runnable alsoOnClose) {
        this.articles = store;
        this.events = store;
        this.closer = () -> {
            try {
                store.close();
            } finally {
                alsoOnClose.run();
            }
        };
    }

    @Override public AddResult add(Processed article) { return articles.add(article); }
    @Override public boolean contains(String url, String fingerprint) { return articles.contains(url, fingerprint); }
    @Override public Optional<Processed> article(String id) { return articles.article(id); }
    @Override public List<ArticleSummary> articles(int offset, int limit) { return articles.articles(offset, limit); }
    @Override public int articleCount() { return articles.articleCount(); }
    @Override public void forEach(Consumer<Processed> sink) { articles.forEach(sink); }
    @Override public void recordProblem(Problem problem) { articles.recordProblem(problem); }
    @Override public List<Problem> problems(int limit) { return articles.problems(limit); }
    @Override public void replaceEvents(List<Event> all) { events.replaceEvents(all); }
    @Override public Optional<String> redirectedEvent(String oldId) { return events.redirectedEvent(oldId); }
    @Override public Optional<String> redirectedStory(String oldId) { return events.redirectedStory(oldId); }
    @Override public List<Event> events(int offset, int limit) { return events.events(offset, limit); }
    @Override public Optional<Event> event(String id) { return events.event(id); }
    @Override public int eventCount() { return events.eventCount(); }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
