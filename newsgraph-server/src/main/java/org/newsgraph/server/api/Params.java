package org.newsgraph.server.api;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.Problem;
import org.newsgraph.server.http.QueryParams;

/** Checks of query parameters shared by the endpoints. Stateless and thread-safe. */
final class Params {
    private Params() {
    }

    /** A problem naming the first parameter outside {@code allowed}, or empty when all are known. */
    static Optional<Problem> unknown(QueryParams q, Set<String> allowed) {
        Set<String> names = new TreeSet<>(q.names());
        names.removeAll(allowed);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String name = names.iterator().next();
        String location = name.isBlank() ? "(unnamed parameter)" : name;
        return Optional.of(new Problem("unknown-parameter", "Unknown parameter '" + Paging.clip(name) + "'; accepted: "
                + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))) + ".", location));
    }

    /** A problem when the parameter is longer than {@link EventFilterParser#MAX_TEXT}. */
    static Optional<Problem> tooLong(QueryParams q, String name) {
        return q.first(name).filter(v -> v.length() > EventFilterParser.MAX_TEXT)
                .map(v -> new Problem("too-long", "'" + name + "' is longer than " + EventFilterParser.MAX_TEXT + " characters.", name));
    }
}
