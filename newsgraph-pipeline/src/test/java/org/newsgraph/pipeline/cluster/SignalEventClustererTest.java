package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.pipeline.TestArticles.article;
import static org.newsgraph.pipeline.TestArticles.processed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;

class SignalEventClustererTest {
    private static final LocalDate FEB = LocalDate.of(2021, 2, 9);
    private static final LocalDate AUG = LocalDate.of(2021, 8, 17);

    private static final String MEETING_A = "Foreign Minister Karl Brandvik met his Estonian counterpart Liina Tamm in "
            + "Oslo on Tuesday to discuss energy links across the Baltic Sea. Brandvik said the two governments would "
            + "study a new undersea power cable. Tamm said Estonia wanted firm dates for the project before winter.";
    private static final String MEETING_B = "Norway and Estonia will look at building an electricity cable under the "
            + "Baltic, Karl Brandvik told reporters after talks with Liina Tamm at the ministry in Oslo. Tamm, on her "
            + "first visit as minister, pressed for a timetable, while Brandvik spoke of a feasibility study.";
    private static final String OTHER_COUNTERPART = "Foreign Minister Karl Brandvik met his Latvian counterpart Janis "
            + "Ozols in Oslo on Tuesday to discuss energy links across the Baltic Sea. Brandvik said the two "
            + "governments would study a new undersea power cable. Ozols said Latvia wanted firm dates for the "
            + "project before winter.";
    private static final String FLOOD = "Heavy rain flooded the centre of Porto on Tuesday, closing the metro and "
            + "forcing shops near the river to shut. The city council said pumps were working through the night.";

    private static Processed p(String id, String title, String text, LocalDate published) {
        return processed(article(id, title, text, published, "Outlet " + id));
    }

    private static Clustering cluster(List<Processed> articles) {
        SignalEventClusterer clusterer = new SignalEventClusterer();
        articles.forEach(clusterer::add);
        return clusterer.snapshot();
    }

    @Test
    void twoOutletsWithoutASharedSentenceOnOneMeetingAreOneEvent() {
        Clustering c = cluster(List.of(
                p("a", "Norway and Estonia discuss Baltic power cable", MEETING_A, FEB),
                p("b", "Brandvik and Tamm agree to study undersea cable", MEETING_B, FEB.plusDays(1))));
        assertThat(c.eventOfArticle().get("a")).isEqualTo(c.eventOfArticle().get("b"));
    }

    @Test
    void sameTwoMinistersMeetingInFebruaryAndAgainInAugustAreTwoEvents() {
        Clustering c = cluster(List.of(
                p("feb", "Norway and Estonia discuss Baltic power cable", MEETING_A, FEB),
                p("aug", "Norway and Estonia discuss Baltic power cable", MEETING_A.replace("before winter", "this year"), AUG)));
        assertThat(c.eventOfArticle().get("feb")).isNotEqualTo(c.eventOfArticle().get("aug"));
    }

    @Test
    void sameOfficialMeetingADifferentCounterpartIsAnotherEventOfTheSameStory() {
        Clustering c = cluster(List.of(
                p("est", "Minister discusses Baltic power cable", MEETING_A, null),
                p("lat", "Minister discusses Baltic power cable", OTHER_COUNTERPART, null)));
        String est = c.eventOfArticle().get("est");
        String lat = c.eventOfArticle().get("lat");
        assertThat(est).isNotEqualTo(lat);
        assertThat(c.storyOfEvent().get(est)).isEqualTo(c.storyOfEvent().get(lat));
    }

    @Test
    void announcementOfAVisitAndTheVisitAreTwoEvents() {
        String announcement = "The Kremlin said President Ivan Petrov will pay a state visit to Hungary next week at "
                + "the invitation of Prime Minister Gabor Szabo. Petrov and Szabo are expected to sign energy deals.";
        String visit = "President Ivan Petrov arrived in Budapest on Monday for a state visit and held talks with "
                + "Prime Minister Gabor Szabo. Petrov and Szabo signed energy deals at the parliament building.";
        Processed a = processed(article("ann", "Petrov to visit Hungary", announcement, LocalDate.of(2023, 3, 17), "Wire"),
                DuplicateVerdict.ORIGINAL, List.of(event("INTEND", LocalDate.of(2023, 3, 17), announcement)));
        Processed v = processed(article("vis", "Petrov visits Hungary", visit, LocalDate.of(2023, 3, 20), "Paper"),
                DuplicateVerdict.ORIGINAL, List.of(event("CONSULT", LocalDate.of(2023, 3, 20), visit)));
        Clustering c = cluster(List.of(a, v));
        assertThat(c.eventOfArticle().get("ann")).isNotEqualTo(c.eventOfArticle().get("vis"));
    }

    @Test
    void copyJoinsTheEventOfItsOriginal() {
        Processed original = p("w", "Flood in Porto", FLOOD, null);
        Processed copy = processed(article("c", "Porto flooded", "Unrelated words entirely. " + FLOOD, null, "Copycat"),
                new DuplicateVerdict(DuplicateVerdict.Kind.NEAR, "w", 0.9), List.of());
        Clustering c = cluster(List.of(original, copy));
        assertThat(c.eventOfArticle()).containsEntry("w", "ev-c").containsEntry("c", "ev-c");
    }

    @Test
    void partialCopyPublishedMonthsLaterDoesNotJoinTheOldEvent() {
        Processed old = p("old", "Norway and Estonia discuss Baltic power cable", MEETING_A, FEB);
        Processed later = processed(article("new", "Cable plan collapses", "The cable plan collapsed on Monday after a "
                        + "budget row. " + MEETING_A, AUG, "Outlet new"),
                new DuplicateVerdict(DuplicateVerdict.Kind.PARTIAL, "old", 0.6), List.of());
        Clustering c = cluster(List.of(old, later));
        assertThat(c.eventOfArticle().get("old")).isNotEqualTo(c.eventOfArticle().get("new"));
    }

    @Test
    void unrelatedArticlesStayApart() {
        Clustering c = cluster(List.of(
                p("a", "Norway and Estonia discuss Baltic power cable", MEETING_A, FEB),
                p("f", "Floods close Porto metro", FLOOD, FEB)));
        assertThat(c.eventOfArticle().get("a")).isNotEqualTo(c.eventOfArticle().get("f"));
        assertThat(c.storyOfEvent().get(c.eventOfArticle().get("a"))).isNotEqualTo(c.storyOfEvent().get(c.eventOfArticle().get("f")));
    }

    @Test
    void anyArrivalOrderGivesTheSameSnapshot() {
        List<Processed> articles = new ArrayList<>(List.of(
                p("a", "Norway and Estonia discuss Baltic power cable", MEETING_A, FEB),
                p("b", "Brandvik and Tamm agree to study undersea cable", MEETING_B, FEB.plusDays(1)),
                p("l", "Minister discusses Baltic power cable", OTHER_COUNTERPART, FEB),
                p("g", "Norway and Estonia discuss Baltic power cable", MEETING_A.replace("before winter", "this year"), AUG),
                p("f", "Floods close Porto metro", FLOOD, FEB),
                p("h", "Porto metro shut by floods", FLOOD.replace("Heavy rain", "A storm"), FEB)));
        Clustering reference = cluster(articles);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(articles, random);
            assertThat(cluster(articles)).isEqualTo(reference);
        }
        assertThat(reference.eventOfArticle().get("a")).isEqualTo(reference.eventOfArticle().get("b"));
        assertThat(reference.eventOfArticle().get("f")).isEqualTo(reference.eventOfArticle().get("h"));
    }

    @Test
    void addingAnArticleTwiceKeepsOneAssignment() {
        SignalEventClusterer clusterer = new SignalEventClusterer();
        Processed a = p("a", "Floods close Porto metro", FLOOD, FEB);
        String first = clusterer.add(a);
        assertThat(clusterer.add(a)).isEqualTo(first);
        assertThat(clusterer.snapshot().eventOfArticle()).hasSize(1);
    }

    @Test
    void withEntityAnnotationsTheSameOfficialMeetingTwoCounterpartsIsTwoEvents() {
        String text1 = "Defence chief Omar Nasser met envoy Lena Berg in Amman. Nasser and Berg spoke about border security.";
        String text2 = "Defence chief Omar Nasser met envoy Paul Dorn in Amman. Nasser and Dorn spoke about border security.";
        String text3 = "In Amman, envoy Lena Berg held border talks with Omar Nasser. Berg praised Nasser for the meeting.";
        Clustering c = cluster(List.of(
                withPeople("m1", text1, "person:omar-nasser", "person:lena-berg"),
                withPeople("m2", text2, "person:omar-nasser", "person:paul-dorn"),
                withPeople("m3", text3, "person:lena-berg", "person:omar-nasser")));
        assertThat(c.eventOfArticle().get("m1")).isEqualTo(c.eventOfArticle().get("m3"));
        assertThat(c.eventOfArticle().get("m1")).isNotEqualTo(c.eventOfArticle().get("m2"));
    }

    /** An article whose two people are each named twice: in the first and in the second sentence. */
    private static Processed withPeople(String id, String text, String first, String second) {
        org.newsgraph.model.Article article = article(id, "Border talks in Amman", text, FEB, "Outlet " + id);
        int split = text.indexOf('.') + 1;
        List<org.newsgraph.model.Mention> mentions = new ArrayList<>();
        for (int sentence = 0; sentence < 2; sentence++) {
            int from = sentence == 0 ? 0 : split;
            int to = sentence == 0 ? split : text.length();
            mentions.add(new org.newsgraph.model.Mention(new Span(from, from + 1), org.newsgraph.model.EntityType.PERSON,
                    org.newsgraph.model.MentionKind.NAME, first));
            mentions.add(new org.newsgraph.model.Mention(new Span(to - 1, to), org.newsgraph.model.EntityType.PERSON,
                    org.newsgraph.model.MentionKind.NAME, second));
        }
        org.newsgraph.model.AnnotatedArticle annotated = new org.newsgraph.model.AnnotatedArticle(article,
                List.of(new Span(0, split), new Span(split, text.length())), mentions, List.of(), List.of(), List.of());
        return new Processed(annotated, DuplicateVerdict.ORIGINAL, List.of());
    }

    private static EventMention event(String type, LocalDate day, String text) {
        Span sentence = new Span(0, text.indexOf('.') + 1);
        return new EventMention(type, null, null, null, new TimeValue.Day(day), null, sentence, new Span(0, 3), 0.9, true);
    }
}
