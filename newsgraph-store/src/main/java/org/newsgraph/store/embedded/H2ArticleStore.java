package org.newsgraph.store.embedded;

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

/** Articles in H2, one transaction per add. Thread-safe (each call takes its own connection). */
final class H2ArticleStore implements ArticleStore {
    private final DataSource db;

    H2ArticleStore(DataSource db) {
        this.db = db;
    }

    @Override
    public synchronized AddResult add(Processed processed) {
        Article a = processed.article();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            if (containsId(c, a.id()) || isStored(c, a.url(), a.fingerprint())) {
                c.rollback();
                return AddResult.ALREADY_STORED;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article (id, url, fingerprint, location, title, outlet, published, duplicate_of, body) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, a.id());
                ps.setString(2, a.url());
                ps.setString(3, a.fingerprint());
                // listing columns are clipped to their width; the stored article (body) keeps every value whole
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
                ps.executeUpdate();
            }
            c.commit();
            return AddResult.ADDED;
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + a.id(), e);
        }
    }

    private static boolean containsId(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The same article: the same URL, or the same normalized text where at least one side has no URL. The same
     * text under two different URLs is a syndicated copy: a separate article, which dedup marks as a copy.
     */
    private static boolean isStored(Connection c, String url, String fingerprint) throws SQLException {
        // two index lookups: an OR across two columns would scan the table (quadratic ingest)
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
            throw new StoreException("cannot look up an article", e);
        }
    }

    /** Whether an article with this id is stored. */
    boolean containsId(String id) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up article " + id, e);
        }
    }

    @Override
    public Optional<Processed> article(String id) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT body FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(decode(rs.getString(1), Processed.class, "article " + id)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id, e);
        }
    }

    @Override
    public List<ArticleSummary> articles(int offset, int limit) {
        List<ArticleSummary> out = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, title, outlet, published, url, duplicate_of FROM article ORDER BY seq OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
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
            throw new StoreException("cannot list articles", e);
        }
    }

    @Override
    public int articleCount() {
        return EmbeddedStore.count(db, "SELECT COUNT(*) FROM article");
    }

    @Override
    public void forEach(Consumer<Processed> sink) {
        long last = 0;
        while (true) {
            List<Processed> page = new ArrayList<>();
            try (Connection c = db.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT seq, body FROM article WHERE seq > ? ORDER BY seq FETCH NEXT 500 ROWS ONLY")) {
                ps.setLong(1, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(1);
                        page.add(decode(rs.getString(2), Processed.class, "the article in row " + last));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read articles", e);
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
            throw new StoreException("cannot record a problem", e);
        }
    }

    @Override
    public List<Problem> problems(int limit) {
        List<Problem> out = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT location, code, message FROM ingest_problem ORDER BY seq DESC FETCH NEXT ? ROWS ONLY")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Problem(rs.getString(2), rs.getString(3), rs.getString(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list problems", e);
        }
    }

    private static String truncate(String s) {
        return s.length() > 3900 ? s.substring(0, 3900) : s;
    }

    /** A stored value read back; one that no longer decodes means the database is damaged. */
    private static <T> T decode(String json, Class<T> type, String what) {
        try {
            return Json.read(json, type);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new StoreException("the database is damaged: " + what + " cannot be read back; restore the data folder from a "
                    + "backup, or ingest the inputs again into a new --data folder", e);
        }
    }
}
