package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.cluster.Clustering;
import org.newsgraph.pipeline.cluster.EventClusterer;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;
import org.newsgraph.pipeline.resolve.RegistryEntityResolver;

class PipelineResolutionTest {
    private static final Article FULL = TestArticles.article("a", null, "Marta Valenti resigned.", null, null);
    private static final Article SHORT = TestArticles.article("b", null, "Valenti resigned.", null, null);
    private static final Map<String, Entity> PEOPLE = Map.of(
            "a", new Entity("person:mrt-vlnt", "Marta Valenti", EntityType.PERSON, List.of("Marta Valenti"), null, List.of()),
            "b", new Entity("person:vlnt", "Valenti", EntityType.PERSON, List.of("Valenti"), null, List.of()));

    private final List<String> coded = new ArrayList<>();
    private final List<Processed> clustered = new ArrayList<>();

    private static AnnotatedArticle annotate(Article article) {
        Entity e = PEOPLE.get(article.id());
        Mention m = new Mention(new Span(0, e.canonical().length()), EntityType.PERSON, MentionKind.NAME, e.id());
        return new AnnotatedArticle(article, List.of(new Span(0, article.text().length())), List.of(m), List.of(e),
                List.of(), List.of());
    }

    private Pipeline pipeline() {
        EventClusterer clusterer = new EventClusterer() {
            @Override
            public String add(Processed article) {
                clustered.add(article);
                return article.article().id();
            }

            @Override
            public Clustering snapshot() {
                return null;
            }
        };
        return new Pipeline(doc -> Outcome.failed("unused", "not read in this test", null), a -> DuplicateVerdict.ORIGINAL,
                PipelineResolutionTest::annotate, new RegistryEntityResolver(), a -> {
                    a.mentions().forEach(m -> coded.add(m.entityId()));
                    return List.of();
                }, clusterer);
    }

    @Test
    void eventCoderAndClustererSeeCorpusIds() {
        Pipeline pipeline = pipeline();
        pipeline.process(FULL);

        Processed later = pipeline.process(SHORT);

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("person:mrt-vlnt");
        assertThat(coded).containsExactly("person:mrt-vlnt", "person:mrt-vlnt");
        assertThat(clustered.get(1).annotated().mentions()).extracting(Mention::entityId).containsExactly("person:mrt-vlnt");
    }

    @Test
    void replayedArticleLinksLaterArticlesWithoutBeingAnnotatedAgain() {
        Pipeline pipeline = pipeline();
        pipeline.replay(new Processed(annotate(FULL), DuplicateVerdict.ORIGINAL, List.of()));

        Processed later = pipeline.process(SHORT);

        assertThat(later.annotated().entities()).extracting(Entity::id).containsExactly("person:mrt-vlnt");
        assertThat(coded).containsExactly("person:mrt-vlnt");
    }
}
