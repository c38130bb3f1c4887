package org.newsgraph.store.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.extract.NewsExtractor;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchIndex;

/** The {@link SearchIndex} contract, run against every implementation; each subclass gives a fresh, empty index. */
abstract class SearchIndexContract {
    protected abstract SearchIndex emptyIndex() throws Exception;

    /** Whether the index is set up with English stemming. */
    protected boolean stems() {
        return true;
    }

    private static Article article(String id, String title, String body) {
        RawDocument raw = new RawDocument(id + ".txt", (title + "\n\n" + body).getBytes(StandardCharsets.UTF_8), Format.TEXT, null,
                new SourceHints(id, "https://news.example/" + id, title, null, null));
        return ((Outcome.Ok<Article>) new NewsExtractor().extract(raw)).value();
    }

    private static List<SearchHit> hits(SearchIndex index, String query) {
        return ((Outcome.Ok<List<SearchHit>>) index.search(query, 10)).value();
    }

    @Test
    void findsArticlesByTheirWordsTitleFirst() throws Exception {
        SearchIndex index = emptyIndex();
        index.index(article("t1", "Harbour cranes idle in Sallow", "Work stopped at the port for a second day as the strike went on."));
        index.index(article("t2", "Budget approved in Marrow", "The council also discussed the harbour and its cranes in a short debate."));
        index.index(article("t3", "Lighthouse reopens on Kest", "Volunteers restored the lamp room and the spiral stairs."));
        index.commit();
        assertThat(index.documentCount()).isEqualTo(3);
        assertThat(hits(index, "cranes")).extracting(SearchHit::articleId).containsExactly("t1", "t2");
        assertThat(hits(index, "lighthouse").getFirst().title()).isEqualTo("Lighthouse reopens on Kest");
        assertThat(hits(index, "volcano")).isEmpty();
        // English analysis: a plural finds the singular
        if (stems()) {
            assertThat(hits(index, "lighthouses")).extracting(SearchHit::articleId).containsExactly("t3");
        }
        assertThat(((Outcome.Ok<List<SearchHit>>) index.search("cranes OR lighthouse", 1)).value()).hasSize(1);
    }

    @Test
    void indexingAnArticleAgainReplacesIt() throws Exception {
        SearchIndex index = emptyIndex();
        index.index(article("t1", "Harbour cranes idle in Sallow", "Work stopped at the port."));
        index.commit();
        index.index(article("t1", "Harbour cranes idle in Sallow", "Work stopped at the port."));
        index.commit();
        assertThat(index.documentCount()).isEqualTo(1);
    }

    @Test
    void anEmptyQueryIsABadQueryAndAnUnbalancedOneIsNoException() throws Exception {
        SearchIndex index = emptyIndex();
        index.index(article("t1", "Harbour cranes idle in Sallow", "Work stopped at the port."));
        index.commit();
        Outcome<List<SearchHit>> empty = index.search("", 10);
        assertThat(empty).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed<List<SearchHit>>) empty).problem().code()).isEqualTo("bad-query");
        assertThat(index.search("\"unbalanced AND (cranes", 10)).isInstanceOf(Outcome.Ok.class);
    }
}
