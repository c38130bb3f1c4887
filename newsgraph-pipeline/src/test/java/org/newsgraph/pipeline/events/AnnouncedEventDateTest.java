package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Found;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.TimeValue;

/** Dates read from the announcement of an act (see {@link ReportingDay}) and from a midnight after an evening. */
class AnnouncedEventDateTest {
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();
    private static final PatternEventCoder CODER = new PatternEventCoder(
            ((Outcome.Ok<EventOntology>) new OntologyLoader(STEMMER).bundled()).value(), STEMMER);
    private static final LocalDate THURSDAY = LocalDate.of(2025, 4, 10);
    private static final LocalDate FRIDAY = LocalDate.of(2025, 4, 11);
    private static final LocalDate SATURDAY = LocalDate.of(2025, 4, 12);

    private static Metadata publishedOn(LocalDate day) {
        return new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new Found<>(day, "url", null)));
    }

    private static EventMention main(AnnotatedArticle a) {
        return CODER.code(a).stream().filter(EventMention::main).findFirst().orElseThrow();
    }

    private static String evidence(AnnotatedArticle a, EventMention m) {
        return new EvidenceLocator().locate(a, m).date().of(a.article().text());
    }

    @Test
    void presentPerfectLeadIsDatedOnThePublicationDayWithTheVerbGroupAsEvidence() {
        AnnotatedArticle a = ArticleFixture.of("Baltic Motors has announced a recall of 40,000 electric vans over faulty brakes, "
                        + "the largest in the company's history.")
                .entity("bm", EntityType.ORG, "Baltic Motors")
                .metadata(publishedOn(FRIDAY))
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("RECALL");
        assertThat(e.date()).isEqualTo(new TimeValue.Day(FRIDAY));
        assertThat(evidence(a, e)).isEqualTo("has announced");
    }

    @Test
    void statementDayBeatsThePublicationDayOfTheNextMorning() {
        AnnotatedArticle a = ArticleFixture.of("Nordvik Energy has completed its acquisition of the grid operator Kaskad for "
                        + "$3 billion, ending a two-year review by regulators. \"This is a good day for our customers,\" said a "
                        + "statement Friday from the company's chief executive.")
                .entity("nordvik", EntityType.ORG, "Nordvik Energy")
                .entity("kaskad", EntityType.ORG, "Kaskad")
                .timex("Friday", new TimeValue.Day(FRIDAY))
                .quote("This is a good day for our customers,")
                .metadata(publishedOn(SATURDAY))
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("MERGER");
        assertThat(e.date()).isEqualTo(new TimeValue.Day(FRIDAY));
        assertThat(evidence(a, e)).isEqualTo("Friday");
    }

    @Test
    void pastTenseLeadIsNotDatedFromThePublicationDateAlone() {
        AnnotatedArticle a = ArticleFixture.of("Baltic Motors announced a recall of 40,000 electric vans over faulty brakes, "
                        + "the largest in the company's history.")
                .entity("bm", EntityType.ORG, "Baltic Motors")
                .metadata(publishedOn(FRIDAY))
                .build();

        assertThat(main(a).date()).isNull();
    }

    @Test
    void presentPerfectWithoutPublicationDateGivesNoDate() {
        AnnotatedArticle a = ArticleFixture.of("Baltic Motors has announced a recall of 40,000 electric vans over faulty brakes, "
                        + "the largest in the company's history.")
                .entity("bm", EntityType.ORG, "Baltic Motors")
                .build();

        assertThat(main(a).date()).isNull();
    }

    @Test
    void strikeAtMidnightAfterAWeekdayEveningStartsTheNextDay() {
        AnnotatedArticle a = ArticleFixture.of("TALLINN – Dock workers are expected to begin a strike against three port operators "
                        + "at midnight. The union leader Mart Saar spoke at 9 p.m. Thursday and told members to walk off the job "
                        + "when the contract expires.")
                .entity("saar", EntityType.PERSON, "Mart Saar")
                .timex("Thursday", new TimeValue.Day(THURSDAY))
                .metadata(publishedOn(FRIDAY))
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("PROTEST");
        assertThat(e.cameo()).isEqualTo("143");
        assertThat(e.date()).isEqualTo(new TimeValue.Day(FRIDAY));
        assertThat(evidence(a, e)).isEqualTo("Thursday");
    }

    @Test
    void midnightWithoutAnEveningKeepsTheDay() {
        AnnotatedArticle a = ArticleFixture.of("TALLINN – Dock workers are expected to begin a strike against three port operators "
                        + "at midnight. The union leader Mart Saar made the call on Thursday and told members to walk off the job "
                        + "when the contract expires.")
                .entity("saar", EntityType.PERSON, "Mart Saar")
                .timex("on Thursday", new TimeValue.Day(THURSDAY))
                .metadata(publishedOn(FRIDAY))
                .build();

        assertThat(main(a).date()).isEqualTo(new TimeValue.Day(THURSDAY));
    }

    @Test
    void weekdayEveningBeforeMidnightRollsToTheNextWeekdayWithoutADate() {
        String text = "The strike begins at midnight, the union said at 10 p.m. Thursday.";
        int at = text.indexOf("Thursday");
        TimeValue rolled = MidnightRollover.apply(text, new org.newsgraph.model.Span(0, text.length()),
                new org.newsgraph.model.Span(at, at + 8), new TimeValue.UnresolvedWeekday(java.time.DayOfWeek.THURSDAY));

        assertThat(rolled).isEqualTo(new TimeValue.UnresolvedWeekday(java.time.DayOfWeek.FRIDAY));
    }
}
