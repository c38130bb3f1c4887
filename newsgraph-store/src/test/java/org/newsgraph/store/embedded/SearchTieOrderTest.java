package org.newsgraph.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.store.SearchHit;

class SearchTieOrderTest {
    private static Article article(String id) {
        String text = "The harbour council of Norvik approved the new quay on Monday.";
        return new Article(id, id + ".txt", null, text, text, null, List.of(), "fp-" + id);
    }

    @Test
    void hitsOfEqualScoreComeInIdOrderWhateverTheOrderOfIndexing() {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            for (String id : List.of("e", "b", "d", "a", "c")) {
                index.index(article(id));
                index.commit(); // one segment each: the index's own order is the order of indexing
            }
            Outcome<List<SearchHit>> all = index.search("quay", 10);
            assertThat(((Outcome.Ok<List<SearchHit>>) all).value()).extracting(SearchHit::articleId).containsExactly("a", "b", "c", "d", "e");
            Outcome<List<SearchHit>> two = index.search("quay", 2);
            assertThat(((Outcome.Ok<List<SearchHit>>) two).value()).extracting(SearchHit::articleId).containsExactly("a", "b");
        }
    }

    @Test
    void aRegexTooComplexToRunIsABadQuery() {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            index.index(article("a"));
            index.commit();
            Outcome<List<SearchHit>> out = index.search("/[ac]*a[ac]{50}/", 10);
            assertThat(out).isInstanceOf(Outcome.Failed.class);
            assertThat(((Outcome.Failed<List<SearchHit>>) out).problem().message()).contains("too complex");
        }
    }
}
