package org.newsgraph.store.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
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
 * The {@code id_redirect} table, kept by the rule the embedded store follows: before the events are replaced, every
 * event or story id live now and not afterwards points at the new one holding most of its articles (ties: the
 * smaller id), redirects to it are re-pointed there (one hop), and an id live again loses its redirect.
 */
final class PgRedirects {
    static final String EVENT = "event";
    static final String STORY = "story";

    private PgRedirects() {
    }

    static void record(Connection c, List<Event> next) throws SQLException {
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
        apply(c, EVENT, oldEvents, eventOf, new HashSet<>(eventOf.values()));
        apply(c, STORY, oldStories, storyOf, new HashSet<>(storyOf.values()));
    }

    private static void apply(Connection c, String kind, Map<String, Set<String>> old, Map<String, String> holderOf,
                              Set<String> live) throws SQLException {
        try (PreparedStatement drop = c.prepareStatement("DELETE FROM id_redirect WHERE kind = ? AND old_id = ?");
             PreparedStatement put = c.prepareStatement("INSERT INTO id_redirect (kind, old_id, new_id) VALUES (?,?,?) "
                     + "ON CONFLICT (kind, old_id) DO UPDATE SET new_id = EXCLUDED.new_id");
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
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
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

    static Optional<String> target(DataSource db, String kind, String oldId) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT new_id FROM id_redirect WHERE kind = ? AND old_id = ?")) {
            ps.setString(1, kind);
            ps.setString(2, oldId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the redirect of " + oldId + ": " + e.getMessage(), e);
        }
    }
}
