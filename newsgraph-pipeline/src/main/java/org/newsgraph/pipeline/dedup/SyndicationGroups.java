package org.newsgraph.pipeline.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Groups articles that copy one another (syndication groups): every copy verdict joins the copy and the article it
 * copies; groups are the connected components. A group is named {@code sy-} plus its smallest article id, so the
 * name depends only on the members, not on arrival order. Articles never seen in a verdict are alone in their
 * group. Not thread-safe.
 */
public final class SyndicationGroups {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> smallest = new HashMap<>();

    /** Records the verdict given for {@code articleId}. */
    public void add(String articleId, DuplicateVerdict verdict) {
        Objects.requireNonNull(articleId, "articleId");
        String a = root(articleId);
        if (verdict.isCopy()) {
            String b = root(verdict.duplicateOf());
            if (!a.equals(b)) {
                parent.put(b, a);
                String sa = smallest.get(a);
                String sb = smallest.get(b);
                smallest.put(a, sa.compareTo(sb) <= 0 ? sa : sb);
            }
        }
    }

    /** The group of an article: {@code sy-} plus the smallest id among the articles it is copied with. */
    public String groupOf(String articleId) {
        return parent.containsKey(articleId) ? "sy-" + smallest.get(root(articleId)) : "sy-" + articleId;
    }

    private String root(String id) {
        parent.putIfAbsent(id, id);
        smallest.putIfAbsent(id, id);
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        String cur = id;
        while (!parent.get(cur).equals(r)) {
            String next = parent.get(cur);
            parent.put(cur, r);
            cur = next;
        }
        return r;
    }
}
