package org.newsgraph.store.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.newsgraph.model.Event;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.EventStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.codec.Json;

/**
 * Articles and events in a PostgreSQL database shared by any number of processes (job task managers, API servers).
 * Opening migrates the schema with Flyway ({@code db/postgresql}: the embedded store's migrations, V1 in PostgreSQL
 * syntax and the later ones run from the embedded store's own files). Adds are idempotent across processes: a
 * re-delivered article is never stored twice. Thread-safe.
 */
public final class PostgresStore implements ArticleStore, EventStore, AutoCloseable {
    private final HikariDataSource pool;
    private final PgArticleStore articles;
    private final PgEventStore events;

    private PostgresStore(HikariDataSource pool) {
        this.pool = pool;
        this.articles = new PgArticleStore(pool);
        this.events = new PgEventStore(pool);
    }

    /** Connects, migrates the schema to the newest version, and fails with a {@link StoreException} in user words. */
    public static PostgresStore open(ServerStoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setPoolName("newsgraph");
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to PostgreSQL at " + settings.jdbcUrl() + " as " + settings.user() + ": "
                    + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/postgresql").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate the database at " + settings.jdbcUrl() + ": " + rootMessage(e), e);
        }
        return new PostgresStore(pool);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static int count(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A stored value read back; one that no longer decodes means the database is damaged. */
    static <T> T decode(String json, Class<T> type, String what) {
        try {
            return Json.read(json, type);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new StoreException("the database is damaged: " + what + " cannot be read back; restore it from a backup, "
                    + "or run the job again into a new database", e);
        }
    }

    /** Whether an article with this id is stored. */
    public boolean containsId(String id) {
        return articles.containsId(id);
    }

    @Override
    public AddResult add(Processed article) {
        return articles.add(article);
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
    public Optional<String> redirectedEvent(String oldId) {
        return events.redirectedEvent(oldId);
    }

    @Override
    public Optional<String> redirectedStory(String oldId) {
        return events.redirectedStory(oldId);
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
    public int eventCount() {
        return events.eventCount();
    }

    @Override
    public void close() {
        pool.close();
    }
}
