package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Found;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

class PatternEventCoderTest {
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();
    private static final PatternEventCoder CODER = new PatternEventCoder(
            ((org.newsgraph.model.Outcome.Ok<EventOntology>) new OntologyLoader(STEMMER).bundled()).value(), STEMMER);
    private static final LocalDate TUESDAY = LocalDate.of(2025, 4, 8);

    private static EventMention main(List<EventMention> events) {
        return events.stream().filter(EventMention::main).findFirst().orElseThrow();
    }

    @Test
    void meetingIsConsultWithSourceTargetPlaceAndDate() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Latvian Foreign Minister Ana Lind met her Estonian counterpart Jaan Kask in Riga on Tuesday.")
                .entity("lind", EntityType.PERSON, "Latvian Foreign Minister Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .entity("riga", EntityType.GPE, "Riga")
                .timex("on Tuesday", new TimeValue.Day(TUESDAY))
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.cameo()).isEqualTo("040");
        assertThat(e.sourceId()).isEqualTo("lind");
        assertThat(e.targetId()).isEqualTo("kask");
        assertThat(e.place()).isEqualTo("Riga");
        assertThat(e.date()).isEqualTo(new TimeValue.Day(TUESDAY));
        assertThat(e.trigger().of(a.article().text())).isEqualTo("met");
    }

    @Test
    void announcedVisitIsIntentToMeetNotTheVisit() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Ana Lind will pay an official visit to Lithuania next month, the ministry announced.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("ltu", EntityType.GPE, "Lithuania")
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.type()).isEqualTo("AGREE");
        assertThat(e.cameo()).isEqualTo("036");
        assertThat(e.sourceId()).isEqualTo("lind");
        assertThat(e.targetId()).isEqualTo("ltu");
    }

    @Test
    void visitItselfIsConsultVisit() {
        AnnotatedArticle a = ArticleFixture.of("Ana Lind arrived in Vilnius on Sunday for a two-day visit.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("vilnius", EntityType.GPE, "Vilnius")
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.cameo()).isEqualTo("042");
        assertThat(e.place()).isEqualTo("Vilnius");
    }

    @Test
    void weekdayWithoutPublicationDateStaysUnresolved() {
        AnnotatedArticle a = ArticleFixture.of("Police arrested the former mayor Piet Vos on Saturday.")
                .entity("police", EntityType.ORG, "Police")
                .entity("vos", EntityType.PERSON, "Piet Vos")
                .timex("on Saturday", new TimeValue.UnresolvedWeekday(DayOfWeek.SATURDAY))
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.cameo()).isEqualTo("173");
        assertThat(e.date()).isEqualTo(new TimeValue.UnresolvedWeekday(DayOfWeek.SATURDAY));
        assertThat(e.date().day()).isEmpty();
    }

    @Test
    void publicationDateAloneDoesNotDateTheEvent() {
        Metadata dated = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Found<>(TUESDAY, "url", null)));
        AnnotatedArticle a = ArticleFixture.of("Police arrested the former mayor Piet Vos at his home.")
                .entity("police", EntityType.ORG, "Police")
                .entity("vos", EntityType.PERSON, "Piet Vos")
                .metadata(dated)
                .build();

        assertThat(main(CODER.code(a)).date()).isNull();
    }

    @Test
    void leadSentenceDateCarriesToALaterMentionOfTheSameEvent() {
        AnnotatedArticle a = ArticleFixture.of(
                        "Ana Lind held talks with Jaan Kask in Riga on Tuesday. The meeting lasted three hours, officials said.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .entity("riga", EntityType.GPE, "Riga")
                .timex("on Tuesday", new TimeValue.Day(TUESDAY))
                .build();

        List<EventMention> events = CODER.code(a);

        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.date()).isEqualTo(new TimeValue.Day(TUESDAY)));
        assertThat(events).filteredOn(EventMention::main).hasSize(1);
    }

    @Test
    void meetingWithPhraseMakesTheLaterNameTheSource() {
        AnnotatedArticle a = ArticleFixture.of(
                        "In a meeting with Jaan Kask on Tuesday, Ana Lind called the border dispute settled.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .build();

        EventMention e = CODER.code(a).getFirst();

        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.sourceId()).isEqualTo("lind");
        assertThat(e.targetId()).isEqualTo("kask");
    }

    @Test
    void coordinatedSubjectsBecomeSourceAndTarget() {
        AnnotatedArticle a = ArticleFixture.of("Ana Lind and Jaan Kask met for two hours.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.sourceId()).isEqualTo("lind");
        assertThat(e.targetId()).isEqualTo("kask");
    }

    @Test
    void passiveArrestTakesTheAgentAfterBy() {
        AnnotatedArticle a = ArticleFixture.of("Former mayor Piet Vos was arrested by the National Police in Utrecht.")
                .entity("vos", EntityType.PERSON, "Former mayor Piet Vos")
                .entity("police", EntityType.ORG, "the National Police")
                .entity("utrecht", EntityType.GPE, "Utrecht")
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.type()).isEqualTo("COERCE");
        assertThat(e.sourceId()).isEqualTo("police");
        assertThat(e.targetId()).isEqualTo("vos");
        assertThat(e.place()).isEqualTo("Utrecht");
    }

    @Test
    void reportingSpeakerIsNotTheTarget() {
        AnnotatedArticle a = ArticleFixture.of("Ana Lind visited the flooded villages, the Latvian government said.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("gov", EntityType.ORG, "the Latvian government")
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.sourceId()).isEqualTo("lind");
        assertThat(e.targetId()).isNull();
    }

    @Test
    void backgroundEventIsCodedButTheLeadEventIsMain() {
        AnnotatedArticle a = ArticleFixture.of("""
                Ana Lind met Jaan Kask in Riga on Tuesday to discuss energy links.

                The talks came a year after an air strike killed General Omar Said in Basra.""")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .entity("said", EntityType.PERSON, "General Omar Said")
                .entity("riga", EntityType.GPE, "Riga")
                .entity("basra", EntityType.GPE, "Basra")
                .timex("on Tuesday", new TimeValue.Day(TUESDAY))
                .build();

        List<EventMention> events = CODER.code(a);
        EventMention strike = events.stream().filter(e -> "195".equals(e.cameo())).findFirst().orElseThrow();

        assertThat(main(events).type()).isEqualTo("CONSULT");
        assertThat(strike.main()).isFalse();
        assertThat(strike.place()).isEqualTo("Basra");
        assertThat(strike.date()).isNull();
    }

    @Test
    void longerPatternDecidesBetweenLabourStrikeAndAirStrike() {
        AnnotatedArticle labour = ArticleFixture.of("Dock workers went on strike in Antwerp on Monday.").build();
        AnnotatedArticle air = ArticleFixture.of("Warplanes carried out an air strike on the depot overnight.").build();

        assertThat(main(CODER.code(labour)).cameo()).isEqualTo("143");
        assertThat(main(CODER.code(air)).cameo()).isEqualTo("195");
    }

    @Test
    void triggerInsideAQuotationIsNotCoded() {
        AnnotatedArticle a = ArticleFixture.of("“We will never attack our neighbours,” Ana Lind said.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .quote("We will never attack our neighbours,")
                .build();

        assertThat(CODER.code(a)).isEmpty();
    }

    @Test
    void negatedTriggerIsNotCoded() {
        AnnotatedArticle a = ArticleFixture.of("Ana Lind did not meet Jaan Kask during the summit week.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .build();

        assertThat(CODER.code(a)).extracting(EventMention::trigger).extracting(s -> s.of(a.article().text()))
                .doesNotContain("meet");
    }

    @Test
    void datelineGivesThePlaceOfTheMainEventWhenTheSentenceNamesNone() {
        AnnotatedArticle a = ArticleFixture.of(
                        "TALLINN (Baltic Wire) – Estonian police detained two customs officers on Friday on suspicion of smuggling.")
                .entity("police", EntityType.ORG, "Estonian police")
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.cameo()).isEqualTo("173");
        assertThat(e.place()).isEqualTo("Tallinn");
    }

    @Test
    void articleWithoutSentencesOrWithStraySpansGivesNoEventsAndDoesNotThrow() {
        Article article = new Article("x", "x", null, "Police arrested him.", "Police arrested him.", null, List.of(), "0");
        AnnotatedArticle bare = AnnotatedArticle.bare(article);
        AnnotatedArticle stray = new AnnotatedArticle(article, List.of(new Span(0, 20), new Span(5, 500)),
                List.of(new Mention(new Span(300, 310), EntityType.ORG, MentionKind.NAME, "ghost")), List.of(), List.of(), List.of());

        assertThat(CODER.code(bare)).isEmpty();
        assertThat(CODER.code(stray)).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.sourceId()).isNull();
        });
    }

    @Test
    void everyMentionHasItsTriggerInsideItsSentenceAndConfidenceWithinRange() {
        AnnotatedArticle a = ArticleFixture.of("""
                Kyrgyzstan gave Tajik border guards 48 hours to leave the post. Tajikistan rejected the ultimatum.
                The defence ministry called up reservists. Protesters rallied in Bishkek and police detained ten.""")
                .entity("kgz", EntityType.GPE, "Kyrgyzstan")
                .entity("tjk", EntityType.GPE, "Tajikistan")
                .build();

        List<EventMention> events = CODER.code(a);

        assertThat(events).extracting(EventMention::type).contains("THREATEN", "REJECT", "MOBILIZE", "PROTEST", "COERCE");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.sentence().contains(e.trigger())).isTrue();
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(events).filteredOn(EventMention::main).hasSize(1);
    }

    @Test
    void meetingBetweenTwoActorsNamesSourceAndTarget() {
        AnnotatedArticle a = ArticleFixture.of("The meeting between Ana Lind and Jaan Kask lasted three hours.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.sourceId()).isEqualTo("lind");
        assertThat(e.targetId()).isEqualTo("kask");
    }

    @Test
    void condemnedAttackIsTheObjectAndTheMeetingItWasSaidInIsMain() {
        AnnotatedArticle a = ArticleFixture.of("""
                Ana Lind on Monday condemned the recent rocket attack on the border post.

                She made the remarks during a meeting with Jaan Kask in Riga.""")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask")
                .entity("riga", EntityType.GPE, "Riga")
                .timex("on Monday", new TimeValue.Day(TUESDAY.minusDays(1)))
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.targetId()).isEqualTo("kask");
        assertThat(e.place()).isEqualTo("Riga");
        assertThat(e.date()).isEqualTo(new TimeValue.Day(TUESDAY.minusDays(1)));
    }

    @Test
    void eventInARelativeClauseIsBackground() {
        AnnotatedArticle a = ArticleFixture.of("""
                Ana Lind and Jaan Kask met in Riga on Tuesday.

                Kask, who arrived in Riga on Monday evening, said the talks were useful.""")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("kask", EntityType.PERSON, "Jaan Kask", "Kask")
                .entity("riga", EntityType.GPE, "Riga")
                .timex("on Tuesday", new TimeValue.Day(TUESDAY))
                .timex("on Monday", new TimeValue.Day(TUESDAY.minusDays(1)))
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(a.article().text().substring(e.trigger().start(), e.trigger().end())).isEqualTo("met");
        assertThat(e.date()).isEqualTo(new TimeValue.Day(TUESDAY));
    }

    @Test
    void plannedDateAfterPublicationDoesNotDateTheAnnouncement() {
        Metadata dated = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Found<>(TUESDAY, "url", null)));
        AnnotatedArticle a = ArticleFixture.of("Ana Lind will visit Vilnius on April 20, the ministry said on Tuesday.")
                .entity("lind", EntityType.PERSON, "Ana Lind")
                .entity("vilnius", EntityType.GPE, "Vilnius")
                .timex("on April 20", new TimeValue.Day(LocalDate.of(2025, 4, 20)))
                .timex("on Tuesday", new TimeValue.Day(TUESDAY))
                .metadata(dated)
                .build();

        EventMention e = main(CODER.code(a));

        assertThat(e.cameo()).isEqualTo("036");
        assertThat(e.date()).isEqualTo(new TimeValue.Day(TUESDAY));
    }

    @Test
    void futureCoerciveActIsAThreatAndFutureReleaseIsAnIntent() {
        AnnotatedArticle curfew = ArticleFixture.of("The governor said he would impose a curfew in Tartu from Friday.")
                .entity("tartu", EntityType.GPE, "Tartu")
                .build();
        AnnotatedArticle release = ArticleFixture.of("The rebels will release the two engineers on Sunday, a mediator said.").build();
        AnnotatedArticle done = ArticleFixture.of("The rebels released the two engineers on Sunday, a mediator said.").build();

        assertThat(main(CODER.code(curfew)).type()).isEqualTo("THREATEN");
        assertThat(main(CODER.code(release)).type()).isEqualTo("AGREE");
        assertThat(main(CODER.code(done)).type()).isEqualTo("RETREAT");
    }
}
