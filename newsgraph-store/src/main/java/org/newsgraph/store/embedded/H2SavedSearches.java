package org.newsgraph.store.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.newsgraph.store.SavedSearch;
import org.newsgraph.store.SavedSearchStore;
import org.newsgraph.store.StoreException;

/** Saved searches in H2's {@code saved_search} table. Thread-safe. */
final class H2SavedSearches implements SavedSearchStore {
    private final DataSource db;

    H2SavedSearches(DataSource db) {
        this.db = db;
    }

    @Override
    public void saveSearch(SavedSearch search) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("MERGE INTO saved_search (name, query, webhook) KEY (name) VALUES (?, ?, ?)")) {
            ps.setString(1, search.name());
            ps.setString(2, search.query());
            ps.setString(3, search.webhook());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot save the alert " + search.name(), e);
        }
    }

    @Override
    public boolean removeSearch(String name) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("DELETE FROM saved_search WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot remove the alert " + name, e);
        }
    }

    @Override
    public Optional<SavedSearch> savedSearch(String name) {
        return savedSearches().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public List<SavedSearch> savedSearches() {
        List<SavedSearch> out = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT name, query, webhook FROM saved_search ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SavedSearch(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot list the alerts", e);
        }
    }
}
