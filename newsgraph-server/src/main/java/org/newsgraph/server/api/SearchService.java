package org.newsgraph.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Outcome;
import org.newsgraph.server.catalog.ArticleView;
import org.newsgraph.server.catalog.Catalog;
import org.newsgraph.server.catalog.EntityView;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchIndex;

/**
 * Article search in two modes. {@code text}: the query as written, through the full-text index. {@code semantic}:
 * the query widened by what the store knows about the entities it names: every alias of an entity whose name or
 * alias occurs in the query is added (so a search for one spelling or name of an organisation also finds the
 * others). Thread-safe.
 */
public final class SearchService {
    /** Search mode. */
    public enum Mode { TEXT, SEMANTIC }

    /**
     * One search answer.
     *
     * @param query    the query as asked
     * @param mode     how it was run
     * @param expanded the aliases that were added (semantic mode), empty otherwise
     * @param hits     matching articles, best first
     */
    public record Result(String query, Mode mode, List<String> expanded, List<Hit> hits) {
        public Result {
            expanded = List.copyOf(expanded);
            hits = List.copyOf(hits);
        }
    }

    /** A matching article with what listings show of it. */
    public record Hit(String articleId, String title, String outlet, LocalDate published, String eventId, float score, String excerpt) {
    }

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    /** Runs the search; a query the index cannot read is a {@code bad-query} problem located at {@code q}. */
    public Outcome<Result> search(Catalog catalog, String query, Mode mode, int limit) {
        List<String> expanded = mode == Mode.SEMANTIC ? expansions(catalog, query) : List.of();
        String effective = query;
        if (!expanded.isEmpty()) {
            StringBuilder sb = new StringBuilder("(").append(query).append(")");
            for (String alias : expanded) {
                sb.append(" OR \"").append(alias.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            effective = sb.toString();
        }
        Outcome<List<SearchHit>> found = index.search(effective, limit);
        if (found instanceof Outcome.Failed<List<SearchHit>> f) {
            return Outcome.failed("bad-query", "The search query cannot be read: " + f.problem().message(), "q");
        }
        List<Hit> hits = new ArrayList<>();
        for (SearchHit h : ((Outcome.Ok<List<SearchHit>>) found).value()) {
            ArticleView a = catalog.article(h.articleId()).orElse(null);
            hits.add(new Hit(h.articleId(), h.title() != null ? h.title() : a == null ? null : a.title(), a == null ? null : a.outlet(),
                    a == null ? null : a.published(), a == null ? null : a.eventId(), h.score(), h.excerpt()));
        }
        return Outcome.ok(new Result(query, mode, expanded, hits));
    }

    /**
     * Aliases of every entity named in the query: each run of one to five consecutive query words is looked up
     * among the entities' names and aliases (case and punctuation ignored); names already in the query and
     * more than 20 additions are left out.
     */
    static List<String> expansions(Catalog catalog, String query) {
        String[] words = normalize(query).split(" ");
        String q = " " + normalize(query) + " ";
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < Math.min(words.length, i + 5); j++) {
                run.append(j > i ? " " : "").append(words[j]);
                if (run.length() < 2) {
                    continue;
                }
                for (String id : catalog.entitiesNamed(run.toString())) {
                    catalog.entity(id).ifPresent(e -> e.aliases().stream()
                            .filter(alias -> !q.contains(" " + normalize(alias) + " "))
                            .forEach(alias -> {
                                if (out.size() < 20) {
                                    out.add(alias);
                                }
                            }));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
