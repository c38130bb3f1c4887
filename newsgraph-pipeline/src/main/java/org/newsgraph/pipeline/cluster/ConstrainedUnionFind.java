package org.newsgraph.pipeline.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Union-find over articles whose sets keep the range of their resolved event days and publication dates, and
 * refuse a merge that would widen either range beyond what {@link ClusterSettings} allows (a forced merge, for
 * copies, ignores the ranges). Each set also knows its smallest article id, which names the event. Not
 * thread-safe.
 */
final class ConstrainedUnionFind {
    private final ClusterSettings settings;
    private final List<Integer> parent = new ArrayList<>();
    private final List<Range> days = new ArrayList<>();
    private final List<Range> published = new ArrayList<>();
    private final List<String> smallest = new ArrayList<>();
    private final List<List<Integer>> members = new ArrayList<>();

    /** Closed range of epoch days; {@code null} fields when empty. */
    private record Range(Long first, Long last) {
        static final Range EMPTY = new Range(null, null);

        static Range of(LocalDate d) {
            return d == null ? EMPTY : new Range(d.toEpochDay(), d.toEpochDay());
        }

        Range with(Range o) {
            if (first == null) {
                return o;
            }
            if (o.first == null) {
                return this;
            }
            return new Range(Math.min(first, o.first), Math.max(last, o.last));
        }

        long width() {
            return first == null ? 0 : last - first;
        }
    }

    ConstrainedUnionFind(ClusterSettings settings) {
        this.settings = settings;
    }

    void add(ArticleProfile p) {
        parent.add(parent.size());
        days.add(Range.of(p.eventDay()));
        published.add(Range.of(p.published()));
        smallest.add(p.id());
        List<Integer> own = new ArrayList<>(1);
        own.add(parent.size() - 1);
        members.add(own);
    }

    int find(int i) {
        int root = i;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(i) != root) {
            int next = parent.get(i);
            parent.set(i, root);
            i = next;
        }
        return root;
    }

    /** Merges the sets of {@code a} and {@code b} if allowed; returns whether they are now one set. */
    boolean union(int a, int b, boolean forced) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        Range d = days.get(ra).with(days.get(rb));
        Range p = published.get(ra).with(published.get(rb));
        if (!forced && (d.width() > settings.maxEventDayGap() || p.width() > settings.maxPublishedGap())) {
            return false;
        }
        int root = Math.min(ra, rb);
        int child = Math.max(ra, rb);
        parent.set(child, root);
        days.set(root, d);
        published.set(root, p);
        String sa = smallest.get(ra);
        String sb = smallest.get(rb);
        smallest.set(root, sa.compareTo(sb) <= 0 ? sa : sb);
        members.get(root).addAll(members.get(child));
        members.set(child, List.of());
        return true;
    }

    /** The articles in the set of {@code i}, in the order they joined it (read-only view). */
    List<Integer> members(int i) {
        return java.util.Collections.unmodifiableList(members.get(find(i)));
    }

    String smallestId(int i) {
        return smallest.get(find(i));
    }
}
