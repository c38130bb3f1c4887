package org.newsgraph.store.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.newsgraph.model.Event;
import org.newsgraph.store.EventStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.codec.Json;

/** Events in H2; {@link #replaceEvents} swaps the whole set in one transaction. Thread-safe. */
final class H2EventStore implements EventStore {
    private final DataSource db;

    H2EventStore(DataSource db) {
        this.db = db;
    }

    @Override
    public synchronized void replaceEvents(List<Event> events) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            IdRedirects.record(c, events);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM event_article");
                s.executeUpdate("DELETE FROM event");
            }
            try (PreparedStatement ev = c.prepareStatement(
                    "INSERT INTO event (id, story_id, event_date, place, type, headline, article_count, independent_sources, body, sort_day) VALUES (?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement link = c.prepareStatement("INSERT INTO event_article (event_id, article_id) VALUES (?,?)")) {
                for (Event e : events) {
                    ev.setString(1, e.id());
                    ev.setString(2, e.storyId() == null ? e.id() : e.storyId());
                    ev.setString(3, e.date() == null ? null : e.date().render());
                    ev.setString(4, e.place() == null || e.place().length() <= 500 ? e.place() : e.place().substring(0, 500));
                    ev.setString(5, e.type() == null || e.type().length() <= 100 ? e.type() : e.type().substring(0, 100));
                    ev.setString(6, e.headline() == null ? null : clip(e.headline()));
                    ev.setInt(7, e.articleIds().size());
                    ev.setInt(8, e.independentSources());
                    ev.setString(9, Json.write(e));
                    java.time.LocalDate day = sortDay(e.date());
                    if (day == null) {
                        ev.setNull(10, java.sql.Types.DATE);
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
        } catch (SQLException e) {
            throw new StoreException("cannot store events", e);
        }
    }

    /**
     * The day an event sorts by: its day, or the first day of its range, week, month, quarter, season, year, decade or
     * century; null when unresolved or not a point in time (a duration, "now").
     */
    private static java.time.LocalDate sortDay(org.newsgraph.model.TimeValue value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case org.newsgraph.model.TimeValue.Day d -> d.date();
            case org.newsgraph.model.TimeValue.Range r -> r.first();
            case org.newsgraph.model.TimeValue.Month m -> m.month().atDay(1);
            case org.newsgraph.model.TimeValue.Year y -> java.time.LocalDate.of(y.year(), 1, 1);
            case org.newsgraph.model.TimeValue.UnresolvedWeekday w -> null;
            case org.newsgraph.model.TimeValue.UnresolvedMonthDay md -> null;
            case org.newsgraph.model.TimeValue.DateTime dt -> dt.date();
            case org.newsgraph.model.TimeValue.DayPart p -> p.date();
            case org.newsgraph.model.TimeValue.Week w -> java.time.LocalDate.of(w.weekBasedYear(), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, w.week()).with(java.time.DayOfWeek.MONDAY);
            case org.newsgraph.model.TimeValue.Quarter q -> java.time.LocalDate.of(q.year(), q.quarter() * 3 - 2, 1);
            case org.newsgraph.model.TimeValue.Season s -> java.time.LocalDate.of(s.year(), 3 + 3 * s.season().ordinal(), 1);
            case org.newsgraph.model.TimeValue.Decade d -> java.time.LocalDate.of(d.firstYear(), 1, 1);
            case org.newsgraph.model.TimeValue.Century c -> java.time.LocalDate.of((c.ordinal() - 1) * 100, 1, 1);
            case org.newsgraph.model.TimeValue.Duration du -> null;
            case org.newsgraph.model.TimeValue.TimeOfDay t -> null;
            case org.newsgraph.model.TimeValue.Deictic g -> null;
            case org.newsgraph.model.TimeValue.Recurrence r -> null;
        };
    }

    private static String clip(String s) {
        return s.length() > 3900 ? s.substring(0, 3900) : s;
    }

    @Override
    public List<Event> events(int offset, int limit) {
        List<Event> out = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT body FROM event ORDER BY sort_day DESC NULLS LAST, article_count DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            ps.setInt(1, Math.max(0, offset));
            ps.setInt(2, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(decode(rs.getString(1), Event.class, "an event"));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list events", e);
        }
    }

    @Override
    public Optional<Event> event(String id) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT body FROM event WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(decode(rs.getString(1), Event.class, "event " + id)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + id, e);
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
        return EmbeddedStore.count(db, "SELECT COUNT(*) FROM event");
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
