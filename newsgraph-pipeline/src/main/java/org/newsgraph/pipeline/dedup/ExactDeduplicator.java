package org.newsgraph.pipeline.dedup;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.model.Article;

/** Finds only exact copies: articles with the same normalized-text fingerprint. */
public final class ExactDeduplicator implements Deduplicator {
    private final Map<String, String> firstByFingerprint = new HashMap<>();

    @Override
    public DuplicateVerdict add(Article article) {
        String first = firstByFingerprint.putIfAbsent(article.fingerprint(), article.id());
        return first == null || first.equals(article.id())
                ? DuplicateVerdict.ORIGINAL
                : new DuplicateVerdict(DuplicateVerdict.Kind.EXACT, first, 1.0);
    }
}
