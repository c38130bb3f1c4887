package org.newsgraph.store.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.newsgraph.model.Event;
import org.newsgraph.store.StoreException;

/**
 * The {@code id_redirect} table: before the events are replaced, every event or story id that is live now and will
 * not be afterwards is pointed at the new event (story) holding most of its articles (ties: the smaller id), and
 * redirects that pointed at it are re-pointed there too; an id that becomes live again loses its redirect. An id
 * whose articles all left every event (not possible while articles are append-only) gets no redirect.
 */
public final class IdRedirects {
    public static final String EVENT = "event";
    public static final String STORY = "story";

    /** How the database writes a redirect that may already exist: H2's {@code MERGE … KEY}, or PostgreSQL's {@code ON CONFLICT}. */
    public enum Upsert {
        H2("MERGE INTO id_redirect (kind, old_id, new_id) KEY (kind, old_id) VALUES (?,?,?)"),
        POSTGRESQL("INSERT INTO id_redirect (kind, old_id, new_id) VALUES (?,?,?) ON CONFLICT (kind, old_id) DO UPDATE SET new_id = EXCLUDED.new_id");

        private final String sql;

        Upsert(String sql) {
            this.sql = sql;
        }
    }

    private IdRedirects() {
    }

    /** Records the redirects that replacing the current events by {@code next} calls for, on {@code c}'s transaction. */
    static void record(Connection c, List<Event> next) throws SQLException {
        record(c, next, Upsert.H2);
    }

    /** The same on a database whose upsert is {@code upsert} (the embedded store's rule, shared by the server store). */
    public static void record(Connection c, List<Event> next, Upsert upsert) throws SQLException {
        Map<String, Set<String>> oldEvents = new TreeMap<>();
        Map<String, Set<String>> oldStories = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT e.id, e.story_id, ea.article_id FROM event e JOIN event_article ea ON ea.event_id = e.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                oldEvents.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(3));
                oldStories.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(3));
            }
        }
        Map<String, String> eventOf = new HashMap<>();
        Map<String, String> storyOf = new HashMap<>();
        for (Event e : next) {
            for (String a : e.articleIds()) {
                eventOf.put(a, e.id());
                storyOf.put(a, e.storyId() == null ? e.id() : e.storyId());
            }
        }
        apply(c, EVENT, oldEvents, eventOf, new HashSet<>(eventOf.values()), upsert);
        apply(c, STORY, oldStories, storyOf, new HashSet<>(storyOf.values()), upsert);
    }

    private static void apply(Connection c, String kind, Map<String, Set<String>> old, Map<String, String> holderOf,
                              Set<String> live, Upsert upsert) throws SQLException {
        try (PreparedStatement drop = c.prepareStatement("DELETE FROM id_redirect WHERE kind = ? AND old_id = ?");
             PreparedStatement put = c.prepareStatement(upsert.sql);
             PreparedStatement repoint = c.prepareStatement("UPDATE id_redirect SET new_id = ? WHERE kind = ? AND new_id = ?")) {
            for (String id : live) {
                drop.setString(1, kind);
                drop.setString(2, id);
                drop.addBatch();
            }
            drop.executeBatch();
            for (Map.Entry<String, Set<String>> e : old.entrySet()) {
                if (live.contains(e.getKey())) {
                    continue;
                }
                Map<String, Integer> shared = new TreeMap<>();
                for (String article : e.getValue()) {
                    String holder = holderOf.get(article);
                    if (holder != null) {
                        shared.merge(holder, 1, Integer::sum);
                    }
                }
                Optional<String> target = shared.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                        .map(Map.Entry::getKey);
                if (target.isEmpty()) {
                    continue;
                }
                put.setString(1, kind);
                put.setString(2, e.getKey());
                put.setString(3, target.get());
                put.executeUpdate();
                repoint.setString(1, target.get());
                repoint.setString(2, kind);
                repoint.setString(3, e.getKey());
                repoint.executeUpdate();
            }
        }
    }

    public static Optional<String> target(DataSource db, String kind, String oldId) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT new_id FROM id_redirect WHERE kind = ? AND old_id = ?")) {
            ps.setString(1, kind);
            ps.setString(2, oldId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the redirect of " + oldId, e);
        }
    }
}
