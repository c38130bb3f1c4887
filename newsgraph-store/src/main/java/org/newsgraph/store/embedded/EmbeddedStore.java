package org.newsgraph.store.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * is rebuilt from it when they disagree (e.g. after a crash between a database commit and an index commit) and
 * when it cannot be read (truncated or corrupt files). One process writes a folder at a time (it holds the
 * index's {@code write.lock} and names itself in {@code writer.pid}; a second writer is refused with a message
 * naming it); any number of others may read it meanwhile ({@link #openForReading}: the database through the
 * writer's H2 server, the index's last commit), and a folder on a read-only disk can still be read.
 * Thread-safe.
 */
public final class EmbeddedStore implements ArticleStore, EventStore, SearchIndex, SavedSearchStore, AutoCloseable {
    private static final String OWNER_FILE = "writer.pid";

    private final JdbcConnectionPool pool;
    private final H2ArticleStore articles;
    private final H2EventStore events;
    private final LuceneSearchIndex index;
    private final Path owner;
    private final H2SavedSearches searches;

    private EmbeddedStore(JdbcConnectionPool pool, LuceneSearchIndex index, Path owner) {
        this.pool = pool;
        this.articles = new H2ArticleStore(pool);
        this.events = new H2EventStore(pool);
        this.searches = new H2SavedSearches(pool);
        this.index = index;
        this.owner = owner;
    }

    /**
     * Opens (creating if needed) the data folder for writing, migrates the schema and repairs the index if needed.
     * Fails with a {@link StoreException} naming the other process when one writes the folder already.
     */
    public static EmbeddedStore open(Path folder) {
        try {
            Files.createDirectories(folder.resolve("db"));
            Files.createDirectories(folder.resolve("index"));
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        LuceneSearchIndex index;
        try {
            index = LuceneSearchIndex.forWriting(folder.resolve("index"), false);
        } catch (LuceneSearchIndex.LockedException e) {
            throw new StoreException("the data folder " + folder + " is being written by another newsgraph process"
                    + holder(folder) + "; wait until it has finished (reading commands work meanwhile)", e);
        } catch (LuceneSearchIndex.UnreadableException e) {
            // truncated or corrupt index files: the database is the truth, so start the index afresh and rebuild it
            try {
                clearFolder(folder.resolve("index"));
                index = LuceneSearchIndex.forWriting(folder.resolve("index"), true);
            } catch (IOException | LuceneSearchIndex.LockedException | LuceneSearchIndex.UnreadableException again) {
                throw new StoreException("cannot rebuild the search index in " + folder.resolve("index"), again);
            }
        }
        Path owner = folder.resolve(OWNER_FILE);
        try {
            Files.writeString(owner, describeSelf() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            index.close();
            throw new StoreException("cannot write in the data folder " + folder, e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder, ";AUTO_SERVER=TRUE"), "newsgraph", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            index.close();
            deleteQuietly(owner);
            throw new StoreException("cannot open the database in " + folder + ": " + rootMessage(e), e);
        }
        EmbeddedStore store = new EmbeddedStore(pool, index, owner);
        try {
            store.repairIndex();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Opens the data folder for reading only: it works while another process writes the folder (through that
     * process's database server, and the index's last commit) and on a read-only disk. An index that cannot be
     * read is rebuilt in memory from the database. A folder without a database is opened as {@link #open} does
     * (an empty store). Writing through the result fails with a {@link StoreException}.
     */
    public static EmbeddedStore openForReading(Path folder) {
        Path db = folder.resolve("db").resolve("newsgraph.mv.db");
        if (!Files.exists(db)) {
            return open(folder);
        }
        boolean readOnlyDisk = !writable(folder.resolve("db"));
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder, readOnlyDisk ? ";ACCESS_MODE_DATA=r" : ";AUTO_SERVER=TRUE"), "newsgraph", "");
        try {
            articles(pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot read the database in " + folder + holder(folder) + ": " + rootMessage(e), e);
        }
        LuceneSearchIndex index;
        boolean rebuild = false;
        try {
            index = LuceneSearchIndex.forReading(folder.resolve("index"));
        } catch (LuceneSearchIndex.UnreadableException e) {
            index = LuceneSearchIndex.inMemory();
            rebuild = true;
        }
        EmbeddedStore store = new EmbeddedStore(pool, index, null);
        if (rebuild) {
            store.articles.forEach(p -> store.index.index(p.article()));
            store.index.commit();
        }
        return store;
    }

    private static void articles(JdbcConnectionPool pool) {
        count(pool, "SELECT COUNT(*) FROM article");
    }

    private static boolean writable(Path dir) {
        if (!Files.isWritable(dir)) {
            return false;
        }
        Path probe = dir.resolve(".write-probe");
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String url(Path folder, String mode) {
        // AUTO_SERVER: the first process to open the database serves it to the others (readers while a writer
        // runs); H2 then closes it itself when the process exits
        return "jdbc:h2:file:" + folder.resolve("db").resolve("newsgraph").toAbsolutePath() + mode;
    }

    /** " (process 1234: newsgraph ingest …, since …)" from the writer's pid file, or "" when there is none. */
    private static String holder(Path folder) {
        try {
            String line = Files.readString(folder.resolve(OWNER_FILE), StandardCharsets.UTF_8).strip();
            return line.isEmpty() ? "" : " (" + line + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static String describeSelf() {
        String command = System.getProperty("sun.java.command", "");
        int space = command.indexOf(' ');
        String args = space < 0 ? "" : command.substring(space + 1);
        if (args.length() > 160) {
            args = args.substring(0, 160) + "…";
        }
        return "process " + ProcessHandle.current().pid() + ": newsgraph" + (args.isEmpty() ? "" : " " + args)
                + ", since " + java.time.OffsetDateTime.now().withNano(0);
    }

    /** Deletes the files of a derived folder (the index) so that it can be built again from the database. */
    private static void clearFolder(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stale pid file is only ever read when the folder is locked, i.e. by a live writer
        }
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
            if (owner != null) {
                deleteQuietly(owner);
            }
        }
    }
}
