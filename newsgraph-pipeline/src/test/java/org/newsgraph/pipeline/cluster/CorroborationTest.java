package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.pipeline.TestArticles.article;
import static org.newsgraph.pipeline.TestArticles.processed;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;

/**
 * Near links corroborating each other ({@link ClusterSettings#minSupport()}). Thresholds are set from the pair
 * scores of the fixtures themselves, so that the two reports of the event link strongly and the third report
 * falls just short of the threshold with each of them.
 */
class CorroborationTest {
    private static final LocalDate DAY = LocalDate.of(2022, 5, 10);
    private static final String FIRST = "Dock workers at the port of Valdora walked out on Monday over a pay offer, "
            + "leaving container ships waiting offshore. The union said the strike would last until the port "
            + "authority raised its offer. Exporters of fruit warned of heavy losses.";
    private static final String SECOND = "Dock workers at the port of Valdora walked out on Monday in a dispute over "
            + "pay, leaving container ships waiting offshore. The union said the strike would go on until the port "
            + "authority improved its offer. Fruit exporters warned of losses.";
    private static final String THIRD = "Container ships queued off Valdora as the dock union began an open-ended "
            + "strike against the port authority. Cranes stood idle and lorries were turned away at the gates, "
            + "while fruit growers counted their losses.";

    private static Processed p(String id, String text, DuplicateVerdict verdict) {
        return processed(article(id, null, text, DAY, "Outlet " + id), verdict, List.of());
    }

    /** Settings under which first and second link, and third is near both of them but links to neither. */
    private static ClusterSettings justShort(List<Processed> articles, int minSupport) {
        Vocabulary vocabulary = new Vocabulary();
        ArticleProfiler profiler = new ArticleProfiler(ClusterSettings.DEFAULTS, vocabulary, TextEmbedder.NONE);
        List<ArticleProfile> profiles = articles.stream().map(profiler::profile).toList();
        PairScorer scorer = new PairScorer(ClusterSettings.DEFAULTS, vocabulary);
        double pair = scorer.score(profiles.get(0), profiles.get(1));
        double near = Math.max(scorer.score(profiles.get(0), profiles.get(2)), scorer.score(profiles.get(1), profiles.get(2)));
        double weakest = Math.min(scorer.score(profiles.get(0), profiles.get(2)), scorer.score(profiles.get(1), profiles.get(2)));
        assertThat(pair).as("fixture: the first two reports are closer than the third").isGreaterThan(near + 0.02);
        double threshold = near + 0.01;
        return ClusterSettings.DEFAULTS.withLinkThresholds(threshold, threshold)
                .withSupport(threshold - weakest + 0.01, minSupport);
    }

    private static Clustering cluster(List<Processed> articles, ClusterSettings settings) {
        SignalEventClusterer clusterer = new SignalEventClusterer(settings, TextEmbedder.NONE);
        articles.forEach(clusterer::add);
        return clusterer.snapshot();
    }

    @Test
    void reportNearlyLinkedToTwoIndependentReportsOfAnEventJoinsIt() {
        List<Processed> articles = List.of(p("a", FIRST, DuplicateVerdict.ORIGINAL), p("b", SECOND, DuplicateVerdict.ORIGINAL),
                p("c", THIRD, DuplicateVerdict.ORIGINAL));
        Clustering c = cluster(articles, justShort(articles, 2));
        assertThat(c.eventOfArticle().get("c")).isEqualTo(c.eventOfArticle().get("a")).isEqualTo(c.eventOfArticle().get("b"));
    }

    @Test
    void twoNearLinksDoNotJoinWhenThreeAreAsked() {
        List<Processed> articles = List.of(p("a", FIRST, DuplicateVerdict.ORIGINAL), p("b", SECOND, DuplicateVerdict.ORIGINAL),
                p("c", THIRD, DuplicateVerdict.ORIGINAL));
        Clustering c = cluster(articles, justShort(articles, 3));
        assertThat(c.eventOfArticle().get("a")).isEqualTo(c.eventOfArticle().get("b"));
        assertThat(c.eventOfArticle().get("c")).isNotEqualTo(c.eventOfArticle().get("a"));
    }

    @Test
    void nearLinksToAReportAndItsCopyCountAsOneSource() {
        List<Processed> articles = List.of(p("a", FIRST, DuplicateVerdict.ORIGINAL),
                p("b", SECOND, new DuplicateVerdict(DuplicateVerdict.Kind.NEAR, "a", 0.6)), p("c", THIRD, DuplicateVerdict.ORIGINAL));
        Clustering c = cluster(articles, justShort(articles, 2));
        assertThat(c.eventOfArticle().get("c")).isNotEqualTo(c.eventOfArticle().get("a"));
    }

    @Test
    void corroboratedJoinDoesNotDependOnArrivalOrder() {
        List<Processed> articles = List.of(p("a", FIRST, DuplicateVerdict.ORIGINAL), p("b", SECOND, DuplicateVerdict.ORIGINAL),
                p("c", THIRD, DuplicateVerdict.ORIGINAL));
        ClusterSettings settings = justShort(articles, 2);
        Clustering forward = cluster(articles, settings);
        Clustering backward = cluster(articles.reversed(), settings);
        assertThat(backward.eventOfArticle()).isEqualTo(forward.eventOfArticle());
    }
}
