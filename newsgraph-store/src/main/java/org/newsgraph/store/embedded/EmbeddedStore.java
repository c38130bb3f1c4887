package org.newsgraph.store.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.EventStore;
import org.newsgraph.store.SavedSearch;
import org.newsgraph.store.SavedSearchStore;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchIndex;
import org.newsgraph.store.StoreException;

/**
 * One data folder: H2 in {@code db/}, Lucene in {@code index/}. The database is the source of truth; the index
 * is rebuilt from it when they disagree (e.g. after a crash between a database commit and an index commit).
 * Thread-safe; one process per folder (H2's file lock refuses a second).
 */
public final class EmbeddedStore implements ArticleStore, EventStore, SearchIndex, SavedSearchStore, AutoCloseable {
    private final JdbcConnectionPool pool;
    private final H2ArticleStore articles;
    private final H2EventStore events;
    private final LuceneSearchIndex index;
    private final H2SavedSearches searches;

    private EmbeddedStore(JdbcConnectionPool pool, LuceneSearchIndex index) {
        this.pool = pool;
        this.articles = new H2ArticleStore(pool);
        this.events = new H2EventStore(pool);
        this.searches = new H2SavedSearches(pool);
        this.index = index;
    }

    /** Opens (creating if needed) the data folder, migrates the schema and repairs the index if needed. */
    public static EmbeddedStore open(Path folder) {
        try {
            Files.createDirectories(folder.resolve("db"));
            Files.createDirectories(folder.resolve("index"));
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + folder.resolve("db").resolve("newsgraph").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "newsgraph", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot open the database in " + folder + " (is another newsgraph process using it?): "
                    + rootMessage(e), e);
        }
        LuceneSearchIndex index;
        try {
            index = new LuceneSearchIndex(folder.resolve("index"));
        } catch (StoreException e) {
            pool.dispose();
            throw e;
        }
        EmbeddedStore store = new EmbeddedStore(pool, index);
        store.repairIndex();
        return store;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private void repairIndex() {
        if (index.documentCount() != articles.articleCount()) {
            index.clear();
            articles.forEach(p -> index.index(p.article()));
            index.commit();
        }
    }

    static int count(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count: " + sql, e);
        }
    }

    @Override
    public AddResult add(Processed article) {
        return articles.add(article);
    }

    /** Whether an article with this id is stored. */
    public boolean containsId(String id) {
        return articles.containsId(id);
    }

    @Override
    public boolean contains(String url, String fingerprint) {
        return articles.contains(url, fingerprint);
    }

    @Override
    public Optional<Processed> article(String id) {
        return articles.article(id);
    }

    @Override
    public List<ArticleSummary> articles(int offset, int limit) {
        return articles.articles(offset, limit);
    }

    @Override
    public int articleCount() {
        return articles.articleCount();
    }

    @Override
    public void forEach(Consumer<Processed> sink) {
        articles.forEach(sink);
    }

    @Override
    public void recordProblem(Problem problem) {
        articles.recordProblem(problem);
    }

    @Override
    public List<Problem> problems(int limit) {
        return articles.problems(limit);
    }

    @Override
    public void replaceEvents(List<Event> all) {
        events.replaceEvents(all);
    }

    @Override
    public List<Event> events(int offset, int limit) {
        return events.events(offset, limit);
    }

    @Override
    public Optional<Event> event(String id) {
        return events.event(id);
    }

    @Override
    public Optional<String> redirectedEvent(String oldId) {
        return events.redirectedEvent(oldId);
    }

    @Override
    public Optional<String> redirectedStory(String oldId) {
        return events.redirectedStory(oldId);
    }

    @Override
    public int eventCount() {
        return events.eventCount();
    }

    @Override
    public void saveSearch(SavedSearch search) {
        searches.saveSearch(search);
    }

    @Override
    public boolean removeSearch(String name) {
        return searches.removeSearch(name);
    }

    @Override
    public Optional<SavedSearch> savedSearch(String name) {
        return searches.savedSearch(name);
    }

    @Override
    public List<SavedSearch> savedSearches() {
        return searches.savedSearches();
    }

    @Override
    public void index(Article article) {
        index.index(article);
    }

    @Override
    public void commit() {
        index.commit();
    }

    @Override
    public Outcome<List<SearchHit>> search(String query, int limit) {
        return index.search(query, limit);
    }

    @Override
    public int documentCount() {
        return index.documentCount();
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            pool.dispose();
        }
    }
}
