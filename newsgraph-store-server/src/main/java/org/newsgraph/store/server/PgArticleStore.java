package org.newsgraph.store.server;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.newsgraph.model.Article;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.store.ArticleBounds;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.codec.Json;

/**
 * Articles in PostgreSQL, one transaction per add. Safe with many writers in many processes: an add takes a
 * transaction-scoped advisory lock on the article's fingerprint (so two writers of the same text, one of them without
 * a URL, cannot both store it), and the unique id and URL indexes turn a concurrent second insert into a no-op.
 */
final class PgArticleStore implements ArticleStore {
    private final DataSource db;

    PgArticleStore(DataSource db) {
        this.db = db;
    }

    @Override
    public AddResult add(Processed processed) {
        Article a = processed.article();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                    lock.setString(1, a.fingerprint());
                    lock.execute();
                }
                if (exists(c, "SELECT 1 FROM article WHERE id = ?", a.id()) || isStored(c, a.url(), a.fingerprint())) {
                    c.rollback();
                    return AddResult.ALREADY_STORED;
                }
                int inserted;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO article (id, url, fingerprint, location, title, outlet, published, duplicate_of, body) "
                                + "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
                    ps.setString(1, a.id());
                    ps.setString(2, a.url());
                    ps.setString(3, a.fingerprint());
                    ps.setString(4, ArticleBounds.clip(a.location(), 4000));
                    ps.setString(5, ArticleBounds.clip(a.metadata().titleText().orElse(null), 4000));
                    ps.setString(6, ArticleBounds.clip(a.metadata().outletName().orElse(null), 500));
                    if (a.metadata().publishedDate().isPresent()) {
                        ps.setDate(7, Date.valueOf(a.metadata().publishedDate().get()));
                    } else {
                        ps.setNull(7, Types.DATE);
                    }
                    ps.setString(8, processed.duplicate().duplicateOf());
                    ps.setString(9, Json.write(processed));
                    inserted = ps.executeUpdate();
                }
                c.commit();
                return inserted == 1 ? AddResult.ADDED : AddResult.ALREADY_STORED;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + a.id() + ": " + e.getMessage(), e);
        }
    }

    /** The same rule as the embedded store: same URL, or same text where at least one side has no URL. */
    private static boolean isStored(Connection c, String url, String fingerprint) throws SQLException {
        if (url != null && exists(c, "SELECT 1 FROM article WHERE url = ?", url)) {
            return true;
        }
        return exists(c, url == null
                ? "SELECT 1 FROM article WHERE fingerprint = ?"
                : "SELECT 1 FROM article WHERE fingerprint = ? AND url IS NULL", fingerprint);
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public boolean contains(String url, String fingerprint) {
        try (Connection c = db.getConnection()) {
            return isStored(c, url, fingerprint);
        } catch (SQLException e) {
            throw new StoreException("cannot look up an article: " + e.getMessage(), e);
        }
    }

    boolean containsId(String id) {
        try (Connection c = db.getConnection()) {
            return exists(c, "SELECT 1 FROM article WHERE id = ?", id);
        } catch (SQLException e) {
            throw new StoreException("cannot look up article " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Processed> article(String id) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT body FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(PostgresStore.decode(rs.getString(1), Processed.class, "article " + id)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<ArticleSummary> articles(int offset, int limit) {
        List<ArticleSummary> out = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, title, outlet, published, url, duplicate_of FROM article ORDER BY seq OFFSET ? LIMIT ?")) {
            ps.setInt(1, Math.max(0, offset));
            ps.setInt(2, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date published = rs.getDate(4);
                    out.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                            published == null ? null : published.toLocalDate(), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list articles: " + e.getMessage(), e);
        }
    }

    @Override
    public int articleCount() {
        return PostgresStore.count(db, "SELECT COUNT(*) FROM article");
    }

    @Override
    public void forEach(Consumer<Processed> sink) {
        long last = 0;
        while (true) {
            List<Processed> page = new ArrayList<>();
            try (Connection c = db.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT seq, body FROM article WHERE seq > ? ORDER BY seq LIMIT 500")) {
                ps.setLong(1, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        page.add(PostgresStore.decode(rs.getString(2), Processed.class, "the article in row " + last));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read articles: " + e.getMessage(), e);
            }
            if (page.isEmpty()) {
                return;
            }
            page.forEach(sink);
        }
    }

    @Override
    public void recordProblem(Problem problem) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_problem (location, code, message) VALUES (?,?,?)")) {
            ps.setString(1, truncate(problem.location()));
            ps.setString(2, truncate(problem.code()));
            ps.setString(3, truncate(problem.message()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record a problem: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Problem> problems(int limit) {
        List<Problem> out = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT location, code, message FROM ingest_problem ORDER BY seq DESC LIMIT ?")) {
            ps.setInt(1, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Problem(rs.getString(2), rs.getString(3), rs.getString(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list problems: " + e.getMessage(), e);
        }
    }

    private static String truncate(String s) {
        return s.length() > 3900 ? s.substring(0, 3900) : s;
    }
}
