package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.pipeline.TestArticles.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;

class EventAssemblerTest {
    private static final String TEXT = "Minister Karl Brandvik met Liina Tamm in Oslo on Tuesday. They discussed a power cable.";
    private static final Entity BRANDVIK = new Entity("person:karl-brandvik", "Karl Brandvik", EntityType.PERSON,
            List.of("Karl Brandvik"), "NOR", List.of());
    private static final Entity TAMM = new Entity("person:liina-tamm", "Liina Tamm", EntityType.PERSON,
            List.of("Liina Tamm"), "EST", List.of());

    private static Processed annotated(String id, String title, LocalDate published, String outlet, TimeValue date,
                                       DuplicateVerdict verdict) {
        Article article = article(id, title, TEXT, published, outlet);
        List<Mention> mentions = List.of(
                new Mention(new Span(9, 22), EntityType.PERSON, MentionKind.NAME, BRANDVIK.id()),
                new Mention(new Span(27, 37), EntityType.PERSON, MentionKind.NAME, TAMM.id()));
        AnnotatedArticle annotated = new AnnotatedArticle(article, List.of(new Span(0, 58)), mentions,
                List.of(BRANDVIK, TAMM), List.of(), List.of());
        EventMention event = new EventMention("CONSULT", "040", BRANDVIK.id(), TAMM.id(), date, "Oslo",
                new Span(0, 58), new Span(23, 26), 0.9, true);
        return new Processed(annotated, verdict, List.of(event));
    }

    private static Clustering oneEvent(String... ids) {
        Map<String, String> events = new java.util.HashMap<>();
        for (String id : ids) {
            events.put(id, "ev-" + ids[0]);
        }
        return new Clustering(events, Map.of("ev-" + ids[0], "st-ev-" + ids[0]));
    }

    @Test
    void eventDateIsTheDayMostArticlesGiveAndFieldsAreConsolidated() {
        LocalDate tuesday = LocalDate.of(2021, 2, 9);
        List<Processed> articles = List.of(
                annotated("a", "Norway and Estonia talk cables", tuesday.plusDays(1), "Paper A", new TimeValue.Day(tuesday), DuplicateVerdict.ORIGINAL),
                annotated("b", "Ministers meet in Oslo", tuesday, "Paper B", new TimeValue.Day(tuesday), DuplicateVerdict.ORIGINAL),
                annotated("c", "Cable talks", tuesday.plusDays(2), "Paper C", new TimeValue.Day(tuesday.minusDays(7)), DuplicateVerdict.ORIGINAL));
        List<Event> events = new EventAssembler().assemble(oneEvent("a", "b", "c"), articles);
        assertThat(events).hasSize(1);
        Event e = events.getFirst();
        assertThat(e.date()).isEqualTo(new TimeValue.Day(tuesday));
        assertThat(e.place()).isEqualTo("Oslo");
        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.actors()).containsExactly("Karl Brandvik", "Liina Tamm");
        assertThat(e.headline()).isEqualTo("Ministers meet in Oslo");
        assertThat(e.storyId()).isEqualTo("st-ev-a");
        assertThat(e.articleIds()).containsExactly("a", "b", "c");
    }

    private static final Entity ESTONIA = new Entity("gpe:EST", "Estonia", EntityType.GPE, List.of("Estonia"), "EST", List.of());
    private static final Entity TALLINN = new Entity("gpe:EST:tallinn", "Tallinn", EntityType.GPE, List.of("Tallinn"), "EST", List.of());

    /** An article whose main event happened at {@code place}, naming the two places as entities. */
    private static Processed at(String id, String place) {
        Processed p = annotated(id, "Talks", LocalDate.of(2021, 2, 10), "Paper " + id, null, DuplicateVerdict.ORIGINAL);
        AnnotatedArticle a = p.annotated();
        AnnotatedArticle withPlaces = new AnnotatedArticle(a.article(), a.sentences(), a.mentions(),
                List.of(BRANDVIK, TAMM, ESTONIA, TALLINN), a.quotes(), a.timexes());
        EventMention m = p.events().getFirst();
        return new Processed(withPlaces, p.duplicate(), List.of(new EventMention(m.type(), m.cameo(), m.sourceId(), m.targetId(),
                m.date(), place, m.sentence(), m.trigger(), m.confidence(), true)));
    }

    @Test
    void aCityBeatsItsCountryEvenWhenFewerArticlesNameIt() {
        List<Event> events = new EventAssembler().assemble(oneEvent("a", "b", "c"),
                List.of(at("a", "Estonia"), at("b", "Estonia"), at("c", "Tallinn")));
        assertThat(events.getFirst().place()).isEqualTo("Tallinn");
    }

    @Test
    void mostSupportedPlaceWinsOverACityOfAnotherCountry() {
        List<Event> events = new EventAssembler().assemble(oneEvent("a", "b", "c"),
                List.of(at("a", "Oslo"), at("b", "Oslo"), at("c", "Tallinn")));
        assertThat(events.getFirst().place()).isEqualTo("Oslo");
    }

    @Test
    void mainEventSourceAndTargetComeBeforeCountriesNamedInTheLead() {
        Processed p = annotated("a", "Talks", LocalDate.of(2021, 2, 10), "Paper A", null, DuplicateVerdict.ORIGINAL);
        AnnotatedArticle a = p.annotated();
        List<Mention> mentions = new java.util.ArrayList<>(List.of(new Mention(new Span(0, 8), EntityType.GPE, MentionKind.NAME, ESTONIA.id())));
        mentions.addAll(a.mentions());
        AnnotatedArticle withCountry = new AnnotatedArticle(a.article(), a.sentences(), mentions, List.of(BRANDVIK, TAMM, ESTONIA),
                a.quotes(), a.timexes());
        List<Event> events = new EventAssembler().assemble(oneEvent("a"), List.of(new Processed(withCountry, p.duplicate(), p.events())));
        assertThat(events.getFirst().actors()).containsExactly("Karl Brandvik", "Liina Tamm", "Estonia");
    }

    @Test
    void organisationsListedWithTheTargetAreActorsBeforeOthersNamedInTheLead() {
        String text = "Dock workers began a strike against Nordport, Baltship, and Kaskad Lines on Monday. "
                + "Union head Karl Brandvik spoke. Brandvik spoke again. Analysts at Alfa Bank, Beta Bank, Gamma Bank, Delta Bank "
                + "and Epsilon Bank watched. Alfa Bank, Beta Bank, Gamma Bank, Delta Bank and Epsilon Bank wrote notes.";
        List<String> names = List.of("Nordport", "Baltship", "Kaskad Lines", "Karl Brandvik", "Brandvik", "Alfa Bank", "Beta Bank",
                "Gamma Bank", "Delta Bank", "Epsilon Bank");
        List<Entity> entities = new java.util.ArrayList<>();
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String name : names) {
            String id = name.equals("Brandvik") ? BRANDVIK.id() : "org:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
            if (!name.equals("Brandvik")) {
                entities.add(name.equals("Karl Brandvik") ? BRANDVIK
                        : new Entity(id, name, EntityType.ORG, List.of(name), null, List.of()));
            }
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int from = at;
                if (mentions.stream().noneMatch(m -> m.span().overlaps(new Span(from, from + name.length())))) {
                    mentions.add(new Mention(new Span(at, at + name.length()), name.contains("Brandvik") ? EntityType.PERSON : EntityType.ORG,
                            MentionKind.NAME, id));
                }
            }
        }
        Article article = article("s", "Dock strike", text, LocalDate.of(2021, 2, 8), "Paper");
        Span sentence = new Span(0, text.indexOf(".") + 1);
        AnnotatedArticle annotated = new AnnotatedArticle(article, List.of(sentence), mentions, entities, List.of(), List.of());
        EventMention strike = new EventMention("PROTEST", "143", null, "org:nordport", null, null, sentence,
                new Span(text.indexOf("began a strike"), text.indexOf("began a strike") + 14), 0.8, true);

        List<Event> events = new EventAssembler().assemble(oneEvent("s"),
                List.of(new Processed(annotated, DuplicateVerdict.ORIGINAL, List.of(strike))));

        assertThat(events.getFirst().actors()).startsWith("Nordport", "Baltship", "Kaskad Lines");
    }

    @Test
    void aDayWeeksBeforePublicationIsBackgroundNotTheEventDate() {
        LocalDate published = LocalDate.of(2021, 9, 20);
        List<Event> events = new EventAssembler().assemble(oneEvent("a", "b"), List.of(
                annotated("a", "Talks", published, "Paper A", new TimeValue.Day(LocalDate.of(2021, 3, 1)), DuplicateVerdict.ORIGINAL),
                annotated("b", "Talks", published, "Paper B", new TimeValue.Day(published.minusDays(1)), DuplicateVerdict.ORIGINAL)));
        assertThat(events.getFirst().date()).isEqualTo(new TimeValue.Day(published.minusDays(1)));
    }

    @Test
    void weekdayWithoutPublicationDateStaysUnresolved() {
        TimeValue tuesday = new TimeValue.UnresolvedWeekday(DayOfWeek.TUESDAY);
        List<Event> events = new EventAssembler().assemble(oneEvent("a", "b"), List.of(
                annotated("a", "Talks in Oslo", null, "Paper A", tuesday, DuplicateVerdict.ORIGINAL),
                annotated("b", "Oslo talks", null, "Paper B", tuesday, DuplicateVerdict.ORIGINAL)));
        assertThat(events.getFirst().date()).isEqualTo(tuesday);
    }

    @Test
    void undatedWeekdayCountsForTheDatedSiblingDayOfTheSameWeekdayAndTheRecordSaysSo() {
        LocalDate monday = LocalDate.of(2021, 2, 8);
        LocalDate tuesday = monday.plusDays(1);
        List<Processed> articles = List.of(
                annotated("a", "Talks", tuesday.plusDays(1), "Paper A", new TimeValue.Day(tuesday), DuplicateVerdict.ORIGINAL),
                annotated("b", "Talks", tuesday.plusDays(1), "Paper B", new TimeValue.Day(monday), DuplicateVerdict.ORIGINAL),
                annotated("c", "Talks", null, "Paper C", new TimeValue.UnresolvedWeekday(DayOfWeek.TUESDAY), DuplicateVerdict.ORIGINAL));

        EventDating dating = EventAssembler.dating(articles);

        assertThat(dating.date()).isEqualTo(new TimeValue.Day(tuesday));
        assertThat(dating.basis()).isEqualTo(EventDating.Basis.DAY_MOST_ARTICLES_GIVE);
        assertThat(dating.votes()).contains(new EventDating.Vote("c", new TimeValue.UnresolvedWeekday(DayOfWeek.TUESDAY), tuesday,
                EventDating.Counted.WEEKDAY_AGREES_WITH_SIBLING_DAY));
        assertThat(dating.disagreeing()).extracting(EventDating.Vote::articleId).containsExactly("b");
        assertThat(new EventAssembler().assemble(oneEvent("a", "b", "c"), articles).getFirst().date())
                .isEqualTo(new TimeValue.Day(tuesday));
    }

    @Test
    void undatedWeekdayThatNoSiblingDaySharesStaysUnresolvedAndIsNotCounted() {
        LocalDate monday = LocalDate.of(2021, 2, 8);
        LocalDate tuesday = monday.plusDays(1);
        List<Processed> articles = List.of(
                annotated("a", "Talks", tuesday.plusDays(1), "Paper A", new TimeValue.Day(monday), DuplicateVerdict.ORIGINAL),
                annotated("b", "Talks", tuesday.plusDays(1), "Paper B", new TimeValue.Day(tuesday), DuplicateVerdict.ORIGINAL),
                annotated("c", "Talks", null, "Paper C", new TimeValue.UnresolvedWeekday(DayOfWeek.FRIDAY), DuplicateVerdict.ORIGINAL));

        EventDating dating = EventAssembler.dating(articles);

        assertThat(dating.date()).isEqualTo(new TimeValue.Day(monday));
        assertThat(dating.votes()).contains(new EventDating.Vote("c", new TimeValue.UnresolvedWeekday(DayOfWeek.FRIDAY), null,
                EventDating.Counted.UNRESOLVED_WEEKDAY));
        assertThat(dating.disagreeing()).extracting(EventDating.Vote::articleId).containsExactly("b");
    }

    @Test
    void weekdaysAloneGiveAnUnresolvedWeekdayOnThatBasis() {
        TimeValue friday = new TimeValue.UnresolvedWeekday(DayOfWeek.FRIDAY);
        EventDating dating = EventAssembler.dating(List.of(
                annotated("a", "Talks", null, "Paper A", friday, DuplicateVerdict.ORIGINAL)));

        assertThat(dating.date()).isEqualTo(friday);
        assertThat(dating.basis()).isEqualTo(EventDating.Basis.UNRESOLVED_WEEKDAY);
    }

    @Test
    void noDateEvidenceGivesNoDateEvenWithAPublicationDate() {
        Article plain = article("p", "Talks in Oslo", "Ministers talked about cables.", LocalDate.of(2021, 2, 10), "Paper");
        List<Event> events = new EventAssembler().assemble(oneEvent("p"),
                List.of(new Processed(AnnotatedArticle.bare(plain), DuplicateVerdict.ORIGINAL, List.of())));
        assertThat(events.getFirst().date()).isNull();
        assertThat(events.getFirst().actors()).isEmpty();
    }

    @Test
    void independentSourcesCountOutletsWithTheirOwnTextOnly() {
        LocalDate day = LocalDate.of(2021, 2, 9);
        List<Event> events = new EventAssembler().assemble(oneEvent("a", "b", "c", "d"), List.of(
                annotated("a", "Wire story", day, "Wire", new TimeValue.Day(day), DuplicateVerdict.ORIGINAL),
                annotated("b", "Wire story reprinted", day, "Reprint Daily", new TimeValue.Day(day),
                        new DuplicateVerdict(DuplicateVerdict.Kind.NEAR, "a", 0.9)),
                annotated("c", "Our own report", day, "Own Times", new TimeValue.Day(day), DuplicateVerdict.ORIGINAL),
                annotated("d", "Second own report", day.plusDays(1), "Own Times", new TimeValue.Day(day), DuplicateVerdict.ORIGINAL)));
        Event e = events.getFirst();
        assertThat(e.outlets()).containsExactly("Own Times", "Reprint Daily", "Wire");
        assertThat(e.independentSources()).isEqualTo(2);
    }
}
