package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Found;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.TimeValue;

/** How the main event's date and place are chosen from the language layer's time expressions and places. */
class MainEventDateAndPlaceTest {
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();
    private static final PatternEventCoder CODER = new PatternEventCoder(
            ((Outcome.Ok<EventOntology>) new OntologyLoader(STEMMER).bundled()).value(), STEMMER);
    private static final LocalDate MONDAY = LocalDate.of(2025, 4, 7);
    private static final LocalDate TUESDAY = LocalDate.of(2025, 4, 8);
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 4, 9);

    private static Metadata publishedOn(LocalDate day) {
        return new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new Found<>(day, "url", null)));
    }

    private static EventMention main(AnnotatedArticle a) {
        List<EventMention> events = CODER.code(a);
        return events.stream().filter(EventMention::main).findFirst().orElseThrow();
    }

    @Test
    void dayOfAnotherHappeningAfterAheadOfDoesNotDateTheMeeting() {
        AnnotatedArticle a = ArticleFixture.of("The two foreign ministers met in Riga ahead of a regional summit on Tuesday. "
                        + "Ana Lind and Jaan Kask met on Monday for three hours of talks.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .entity("gpe:LVA:riga", EntityType.GPE, "Riga")
                .timex("on Tuesday", new TimeValue.Day(TUESDAY))
                .timex("on Monday", new TimeValue.Day(MONDAY))
                .metadata(publishedOn(TUESDAY))
                .build();

        assertThat(main(a).date()).isEqualTo(new TimeValue.Day(MONDAY));
    }

    @Test
    void pastTenseArrivalReadsAForwardWeekdayBack() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Estonian Prime Minister Jaan Kask arrived in Riga on Tuesday, where he is due to hold talks with officials.")
                .entity("kask", EntityType.PERSON, "Estonian Prime Minister Jaan Kask")
                .entity("gpe:LVA:riga", EntityType.GPE, "Riga")
                .timex("Tuesday", new TimeValue.Day(TUESDAY.plusWeeks(1)))
                .metadata(publishedOn(WEDNESDAY))
                .build();

        EventMention e = main(a);

        assertThat(e.date()).isEqualTo(new TimeValue.Day(TUESDAY));
        assertThat(e.place()).isEqualTo("Riga");
    }

    @Test
    void monthsOldCaptionDayDoesNotDateTheMainEvent() {
        AnnotatedArticle a = ArticleFixture.of(
                "Ana Lind and Jaan Kask shake hands after their talks in Riga on March 3, 2024, in a file photo.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .entity("gpe:LVA:riga", EntityType.GPE, "Riga")
                .timex("March 3, 2024", new TimeValue.Day(LocalDate.of(2024, 3, 3)))
                .metadata(publishedOn(WEDNESDAY))
                .build();

        assertThat(main(a).date()).isNull();
    }

    @Test
    void adjectiveOfPlaceGivesWayToTheCityItModifies() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Prime Minister Jaan Kask arrived in the Latvian capital of Riga for two days of talks with officials.")
                .entity("kask", EntityType.PERSON, "Prime Minister Jaan Kask")
                .entity("gpe:LVA", EntityType.GPE, "Latvia", "Latvian")
                .entity("gpe:LVA:riga", EntityType.GPE, "Riga")
                .build();

        assertThat(main(a).place()).isEqualTo("Riga");
    }

    @Test
    void countryIsNarrowedToTheCityTheLeadNames() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Regional leaders threatened sanctions against the military rulers in Moldova over the coup. "
                        + "The leaders made the decision at an emergency meeting in Vilnius, Lithuania, on Sunday.")
                .entity("gpe:MDA", EntityType.GPE, "Moldova")
                .entity("gpe:LTU:vilnius", EntityType.GPE, "Vilnius")
                .entity("gpe:LTU", EntityType.GPE, "Lithuania")
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("THREATEN");
        assertThat(e.place()).isEqualTo("Vilnius");
    }

    @Test
    void electionIsPlacedInItsCountryNotTheDatelineCity() {
        AnnotatedArticle a = ArticleFixture.of("VILNIUS (Baltic Wire) - Lithuanian voters cast ballots on Sunday in a presidential "
                        + "election that pits the incumbent against a former central banker.")
                .entity("gpe:LTU", EntityType.GPE, "Lithuania", "Lithuanian")
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("ELECTION");
        assertThat(e.place()).isEqualTo("Lithuania");
    }

    @Test
    void plannedTripIsPlacedWhereItWasAnnouncedNotAtItsDestination() {
        AnnotatedArticle a = ArticleFixture.of("Latvian President Ana Lind will travel to Vilnius in June for talks with her "
                        + "Lithuanian counterpart, Jaan Kask said on Tuesday. "
                        + "Kask spoke at a meeting in Tallinn with the Latvian foreign minister.")
                .entity("lind", EntityType.PERSON, "Latvian President Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask", "Kask")
                .entity("gpe:LTU:vilnius", EntityType.GPE, "Vilnius")
                .entity("gpe:EST:tallinn", EntityType.GPE, "Tallinn")
                .timex("on Tuesday", new TimeValue.Day(TUESDAY))
                .metadata(publishedOn(TUESDAY))
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("AGREE");
        assertThat(e.cameo()).isEqualTo("036");
        assertThat(e.place()).isEqualTo("Tallinn");
    }

    @Test
    void plannedTripWithoutAnOccasionKeepsItsDestination() {
        AnnotatedArticle a = ArticleFixture.of("Latvian President Ana Lind will travel to Vilnius in June for two days of talks, "
                        + "her office said.")
                .entity("lind", EntityType.PERSON, "Latvian President Ana Lind")
                .entity("gpe:LTU:vilnius", EntityType.GPE, "Vilnius")
                .build();

        assertThat(main(a).place()).isEqualTo("Vilnius");
    }

    @Test
    void happeningRecalledInSpeechDoesNotOutweighTheMeeting() {
        AnnotatedArticle a = ArticleFixture.of("Latvian security chief Ana Lind referred to the bombing of a border post "
                        + "in a meeting with Estonian Interior Minister Jaan Kask on Tuesday.")
                .entity("lind", EntityType.PERSON, "Latvian security chief Ana Lind")
                .entity("kask", EntityType.PERSON, "Estonian Interior Minister Jaan Kask")
                .timex("on Tuesday", new TimeValue.Day(TUESDAY))
                .build();

        assertThat(main(a).type()).isEqualTo("CONSULT");
    }
}
