package org.newsgraph.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.model.Problem;
import org.newsgraph.pipeline.Processed;

/**
 * Persistent articles. Adding is idempotent: an article already stored (same id, same URL, or same normalized
 * text where one side has no URL) is not stored again; the same text under a different URL is a syndicated copy
 * and is stored. Each add is atomic: after a crash an article is either fully stored or absent.
 * Implementations are thread-safe.
 */
public interface ArticleStore {
    /** Whether the add stored something new. */
    enum AddResult { ADDED, ALREADY_STORED }

    AddResult add(Processed article);

    /** Whether this article is stored: same URL, or same fingerprint where one side has no URL. */
    boolean contains(String url, String fingerprint);

    Optional<Processed> article(String id);

    /** Summaries in ingest order, for listings. */
    List<ArticleSummary> articles(int offset, int limit);

    int articleCount();

    /** Every stored article in ingest order (to rebuild online state). */
    void forEach(Consumer<Processed> sink);

    void recordProblem(Problem problem);

    List<Problem> problems(int limit);
}
