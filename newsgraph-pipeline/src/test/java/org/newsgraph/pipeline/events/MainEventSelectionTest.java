package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Outcome;

/** Which mention is the article's main event, and trigger precedence between types. */
class MainEventSelectionTest {
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();
    private static final PatternEventCoder CODER = new PatternEventCoder(
            ((Outcome.Ok<EventOntology>) new OntologyLoader(STEMMER).bundled()).value(), STEMMER);

    private static EventMention main(AnnotatedArticle a) {
        List<EventMention> events = CODER.code(a);
        return events.stream().filter(EventMention::main).findFirst().orElseThrow();
    }

    @Test
    void decisionTakenAtASummitIsTheMainEventNotTheSummit() {
        AnnotatedArticle a = ArticleFixture.of("Nordic leaders met at an extraordinary summit in Riga on Sunday and ordered their "
                        + "defence chiefs to activate a standby force for the border region. "
                        + "The leaders also approved the deployment of troops to the border within a week. "
                        + "The summit was the second meeting of the leaders this month.")
                .entity("gpe:LVA:riga", EntityType.GPE, "Riga")
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("MOBILIZE");
        assertThat(e.cameo()).isEqualTo("154");
        assertThat(e.place()).isEqualTo("Riga");
    }

    @Test
    void summitWithoutADecisionStaysAConsultation() {
        AnnotatedArticle a = ArticleFixture.of("Nordic leaders held an extraordinary summit in Riga on Sunday to discuss the "
                        + "crisis on the border. The leaders met for six hours and praised the host.")
                .entity("gpe:LVA:riga", EntityType.GPE, "Riga")
                .build();

        assertThat(main(a).type()).isEqualTo("CONSULT");
    }

    @Test
    void collisionBetweenTwoCountriesForcesIsAUseOfForceNotAnAccident() {
        AnnotatedArticle a = ArticleFixture.of("A Latvian fighter jet collided with an Estonian surveillance drone over the Baltic "
                        + "Sea on Tuesday, the Estonian military said. The collision caused the drone to crash into the sea.")
                .entity("gpe:LVA", EntityType.GPE, "Latvian").country("gpe:LVA", "LVA")
                .entity("gpe:EST", EntityType.GPE, "Estonian").country("gpe:EST", "EST")
                .entity("baltic", EntityType.LOC, "Baltic Sea")
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("ASSAULT");
        assertThat(e.cameo()).isEqualTo("190");
    }

    @Test
    void collisionWithinOneCountryStaysAnAccident() {
        AnnotatedArticle a = ArticleFixture.of("The Riga Express collided with the Daugava freight train near Jelgava on Tuesday, "
                        + "killing 12 passengers, Latvian Railways said.")
                .entity("express", EntityType.MISC, "The Riga Express").country("express", "LVA")
                .entity("freight", EntityType.MISC, "the Daugava freight train").country("freight", "LVA")
                .entity("gpe:LVA:jelgava", EntityType.GPE, "Jelgava")
                .build();

        assertThat(main(a).type()).isEqualTo("DISASTER");
    }

    @Test
    void workersBeginningAStrikeIsALabourStrikeNotAnAttack() {
        AnnotatedArticle a = ArticleFixture.of("Port workers in Klaipeda began a strike against the terminal operator on Monday "
                        + "after talks on pay collapsed.")
                .entity("gpe:LTU:klaipeda", EntityType.GPE, "Klaipeda")
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("PROTEST");
        assertThat(e.cameo()).isEqualTo("143");
    }

    @Test
    void datelinedSentenceAfterPhotoCaptionsIsTheLead() {
        AnnotatedArticle a = ArticleFixture.of("Here is where the dock strike starts tonight\n"
                        + "Union members rally outside the port offices in Tallinn during a protest last month over pay.\n"
                        + "(Photo by Mart Saar, File)\n"
                        + "TALLINN – Dock workers are expected to begin a strike against three port operators at midnight.")
                .entity("gpe:EST:tallinn", EntityType.GPE, "Tallinn")
                .build();

        EventMention e = main(a);

        assertThat(e.cameo()).isEqualTo("143");
        assertThat(e.trigger().of(a.article().text())).isEqualTo("begin a strike");
    }

    @Test
    void happeningNamedAsTheTopicOfOtherWordsIsBackground() {
        AnnotatedArticle a = ArticleFixture.of("The Nordic Council has ordered its defence chiefs to activate a standby force. "
                        + "The order was read out in a resolution on the Moldova coup. "
                        + "The council chair gave a briefing on the Moldova coup. "
                        + "Diplomats circulated a paper about the Moldova coup. "
                        + "Ministers heard a report on the Moldova coup. "
                        + "Lawmakers held a hearing over the Moldova coup. "
                        + "Observers wrote a note regarding the Moldova coup.")
                .entity("council", EntityType.ORG, "The Nordic Council")
                .entity("gpe:MDA", EntityType.GPE, "Moldova")
                .build();

        assertThat(main(a).type()).isEqualTo("MOBILIZE");
    }

    @Test
    void triggerModifyingAPersonNounIsBackground() {
        AnnotatedArticle a = ArticleFixture.of("The Nordic Council has ordered its defence chiefs to activate a standby force. "
                        + "The coup leaders rejected the order. The coup plotters stayed silent. "
                        + "The coup leaders closed the airport. The coup leaders met no envoy. The coup plotters fled. "
                        + "The coup leaders spoke on radio. The coup plotters hid in the barracks. The coup leaders kept silent.")
                .entity("council", EntityType.ORG, "The Nordic Council")
                .build();

        assertThat(main(a).type()).isEqualTo("MOBILIZE");
    }

    @Test
    void officialsOfTwoCountriesSpeakingOfTheirRelationImplyAMeeting() {
        AnnotatedArticle a = ArticleFixture.of("RIGA (Baltic Wire) - The secretary of Latvia's security council said: \"Border "
                        + "security is the first duty of the two countries.\" "
                        + "Ana Lind, referring to the bombing of a border post, said the attackers must be punished. "
                        + "Jaan Kask, Estonia's national security adviser, praised the cooperation between Latvia and Estonia.")
                .entity("lind", EntityType.PERSON, "Ana Lind").country("lind", "LVA")
                .entity("kask", EntityType.PERSON, "Jaan Kask").country("kask", "EST")
                .entity("gpe:LVA", EntityType.GPE, "Latvia").country("gpe:LVA", "LVA")
                .entity("gpe:EST", EntityType.GPE, "Estonia").country("gpe:EST", "EST")
                .quote("the attackers must be punished", false, "lind", "said")
                .quote("the cooperation between Latvia and Estonia", false, "kask", "praised")
                .build();

        EventMention e = main(a);

        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.cameo()).isEqualTo("040");
        assertThat(e.sourceId()).isEqualTo("lind");
        assertThat(e.targetId()).isEqualTo("kask");
        assertThat(e.trigger().of(a.article().text())).isEqualTo("praised");
        assertThat(new EvidenceLocator().locate(a, e).unsupported(e)).isEmpty();
    }

    @Test
    void officialsOfOneCountryImplyNoMeeting() {
        AnnotatedArticle a = ArticleFixture.of("Ana Lind, referring to the bombing of a border post, said the attackers must be "
                        + "punished. Jaan Kask, her deputy, praised the cooperation of the two countries' police forces.")
                .entity("lind", EntityType.PERSON, "Ana Lind").country("lind", "LVA")
                .entity("kask", EntityType.PERSON, "Jaan Kask").country("kask", "LVA")
                .quote("the attackers must be punished", false, "lind", "said")
                .quote("the cooperation of the two countries' police forces", false, "kask", "praised")
                .build();

        assertThat(CODER.code(a)).noneMatch(e -> e.type().equals("CONSULT"));
    }
}
