package org.newsgraph.store.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.newsgraph.model.Event;
import org.newsgraph.store.EventStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.embedded.IdRedirects;
import org.newsgraph.store.codec.Json;

/**
 * Events in PostgreSQL; {@link #replaceEvents} swaps the whole set in one transaction, holding an exclusive lock on
 * the event table so that two replacers (two jobs, or a job and a rebuild) take turns; readers keep reading the last
 * committed set meanwhile.
 */
final class PgEventStore implements EventStore {
    private final DataSource db;

    PgEventStore(DataSource db) {
        this.db = db;
    }

    @Override
    public void replaceEvents(List<Event> events) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("LOCK TABLE event IN EXCLUSIVE MODE");
                }
                IdRedirects.record(c, events, IdRedirects.Upsert.POSTGRESQL);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM event_article");
                    s.executeUpdate("DELETE FROM event");
                }
                try (PreparedStatement ev = c.prepareStatement(
                        "INSERT INTO event (id, story_id, event_date, place, type, headline, article_count, independent_sources, body, sort_day) VALUES (?,?,?,?,?,?,?,?,?,?)");
                     PreparedStatement link = c.prepareStatement("INSERT INTO event_article (event_id, article_id) VALUES (?,?) ON CONFLICT DO NOTHING")) {
                    for (Event e : events) {
                        ev.setString(1, e.id());
                        ev.setString(2, e.storyId() == null ? e.id() : e.storyId());
                        ev.setString(3, e.date() == null ? null : e.date().render());
                        ev.setString(4, cut(e.place(), 500));
                        ev.setString(5, cut(e.type(), 100));
                        ev.setString(6, cut(e.headline(), 3900));
                        ev.setInt(7, e.articleIds().size());
                        ev.setInt(8, e.independentSources());
                        ev.setString(9, Json.write(e));
                        LocalDate day = SortDay.of(e.date());
                        if (day == null) {
                            ev.setNull(10, Types.DATE);
                        } else {
                            ev.setDate(10, java.sql.Date.valueOf(day));
                        }
                        ev.addBatch();
                        for (String article : e.articleIds()) {
                            link.setString(1, e.id());
                            link.setString(2, article);
                            link.addBatch();
                        }
                    }
                    ev.executeBatch();
                    link.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store events: " + e.getMessage(), e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public List<Event> events(int offset, int limit) {
        List<Event> out = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT body FROM event ORDER BY sort_day DESC NULLS LAST, article_count DESC, id COLLATE \"C\" OFFSET ? LIMIT ?")) {
            ps.setInt(1, Math.max(0, offset));
            ps.setInt(2, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(PostgresStore.decode(rs.getString(1), Event.class, "an event"));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list events: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Event> event(String id) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT body FROM event WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(PostgresStore.decode(rs.getString(1), Event.class, "event " + id)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> redirectedEvent(String oldId) {
        return IdRedirects.target(db, IdRedirects.EVENT, oldId);
    }

    @Override
    public Optional<String> redirectedStory(String oldId) {
        return IdRedirects.target(db, IdRedirects.STORY, oldId);
    }

    @Override
    public int eventCount() {
        return PostgresStore.count(db, "SELECT COUNT(*) FROM event");
    }
}
