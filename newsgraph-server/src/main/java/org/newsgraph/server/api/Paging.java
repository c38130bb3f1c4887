package org.newsgraph.server.api;

import java.util.List;
import org.newsgraph.model.Outcome;
import org.newsgraph.server.http.QueryParams;

/**
 * A requested page: {@code offset} (default 0) and {@code limit} (default 20, at most {@link #MAX_LIMIT}).
 *
 * @param offset items to skip
 * @param limit  items to return
 */
public record Paging(int offset, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    /** Reads {@code offset} and {@code limit}; a non-number, a negative value or a too large limit is a problem. */
    public static Outcome<Paging> parse(QueryParams q) {
        Outcome<Integer> offset = number(q, "offset", 0, Integer.MAX_VALUE, 0);
        if (offset instanceof Outcome.Failed<Integer> f) {
            return new Outcome.Failed<>(f.problem());
        }
        Outcome<Integer> limit = number(q, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        if (limit instanceof Outcome.Failed<Integer> f) {
            return new Outcome.Failed<>(f.problem());
        }
        return Outcome.ok(new Paging(((Outcome.Ok<Integer>) offset).value(), ((Outcome.Ok<Integer>) limit).value()));
    }

    /** Reads an integer parameter within {@code [min, max]}; absent gives {@code fallback}. */
    public static Outcome<Integer> number(QueryParams q, String name, int min, int max, int fallback) {
        var raw = q.first(name);
        if (raw.isEmpty()) {
            return Outcome.ok(fallback);
        }
        try {
            int v = Integer.parseInt(raw.get());
            if (v < min || v > max) {
                return Outcome.failed("out-of-range", "'" + name + "' must be between " + min + " and " + max + ", got " + v + ".", name);
            }
            return Outcome.ok(v);
        } catch (NumberFormatException e) {
            return Outcome.failed("not-a-number", "'" + name + "' must be a whole number, got '" + clip(raw.get()) + "'.", name);
        }
    }

    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The slice of {@code all} this page covers, with the total. */
    public <T> Page<T> of(List<T> all) {
        int from = (int) Math.min(all.size(), (long) offset);
        int to = (int) Math.min(all.size(), (long) from + limit);
        return new Page<>(all.subList(from, to), offset, limit, all.size());
    }
}
