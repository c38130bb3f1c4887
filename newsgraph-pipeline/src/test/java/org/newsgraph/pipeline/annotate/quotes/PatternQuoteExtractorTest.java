package org.newsgraph.pipeline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

class PatternQuoteExtractorTest {
    private final PatternQuoteExtractor extractor = new PatternQuoteExtractor();

    private List<Quote> direct(String text, List<Mention> mentions) {
        return extractor.extract(text, List.of(), mentions, List.of()).stream().filter(Quote::direct).toList();
    }

    private static Mention mention(String text, String words, EntityType type, MentionKind kind, String id) {
        int at = text.indexOf(words);
        return new Mention(new Span(at, at + words.length()), type, kind, id);
    }

    @Test
    void pronounAfterTheQuoteGoesToTheLatestPersonMentioned() {
        String text = "Foreign Minister Lena Markova met her Danish counterpart on Monday.\n\n"
                + "“We will not accept threats from anyone,” she said.";
        Mention markova = mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova");
        List<Quote> quotes = direct(text, List.of(markova));
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.span().of(text)).isEqualTo("We will not accept threats from anyone,");
        assertThat(q.speakerId()).isEqualTo("person:lena-markova");
        assertThat(q.speakerSpan()).isEqualTo(markova.span());
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void nominalSpeakerMentionResolvesToItsEntity() {
        String text = "“The border will stay closed until further notice,” the top security official said on Tuesday.";
        Mention official = mention(text, "the top security official", EntityType.PERSON, MentionKind.NOMINAL, "person:vidal");
        assertThat(direct(text, List.of(official))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:vidal"));
    }

    @Test
    void withoutMentionsTheNameAfterTheCueIsTheSpeakerSpan() {
        String text = "“The border will stay closed,” said Interior Minister Paul Adeyemi, speaking in the capital.";
        Quote q = direct(text, List.of()).get(0);
        assertThat(q.speakerId()).isNull();
        assertThat(q.speakerSpan().of(text)).isEqualTo("Interior Minister Paul Adeyemi");
    }

    @Test
    void speakerIntroducedWithAColonBeforeTheQuote() {
        String text = "After the talks, Paul Adeyemi told reporters: «Nothing has been agreed yet.»";
        Quote q = direct(text, List.of()).get(0);
        assertThat(q.span().of(text)).isEqualTo("Nothing has been agreed yet.");
        assertThat(q.speakerSpan().of(text)).isEqualTo("Paul Adeyemi");
        assertThat(q.cue()).isEqualTo("told");
    }

    @Test
    void quotationThatLostItsOpeningMarkStartsAtItsParagraph() {
        String text = "The ministers met in Oslo.\n\nJoint action is the only answer to these attacks on civilians,” he pointed out.";
        Quote q = direct(text, List.of()).get(0);
        assertThat(q.span().of(text)).isEqualTo("Joint action is the only answer to these attacks on civilians,");
        assertThat(q.cue()).isEqualTo("pointed out");
    }

    @Test
    void multiParagraphQuotationIsSplitPerParagraphWithOneSpeaker() {
        String text = "Paul Adeyemi said: “The first phase ends in June.\n\n“The second phase starts once funds arrive.”";
        List<Quote> quotes = direct(text, List.of());
        assertThat(quotes).extracting(q -> q.span().of(text))
                .containsExactly("The first phase ends in June.", "The second phase starts once funds arrive.");
        assertThat(quotes).extracting(q -> q.speakerSpan().of(text)).containsOnly("Paul Adeyemi");
    }

    @Test
    void quotationRightAfterAnAttributedOneKeepsTheSpeaker() {
        String text = "\"We are ready,\" Adeyemi said. \"The troops are in place and waiting for orders.\"";
        List<Quote> quotes = direct(text, List.of());
        assertThat(quotes).hasSize(2);
        assertThat(quotes).extracting(q -> q.speakerSpan().of(text)).containsOnly("Adeyemi");
    }

    @Test
    void partialQuoteTakesTheSubjectOfItsSentence() {
        String text = "Lena Markova described the strikes as “a dangerous escalation” of the conflict.";
        Quote q = direct(text, List.of()).get(0);
        assertThat(q.span().of(text)).isEqualTo("a dangerous escalation");
        assertThat(q.speakerSpan().of(text)).isEqualTo("Lena Markova");
        assertThat(q.cue()).isEqualTo("described");
    }

    @Test
    void scareQuotesAttributedToNobodyAreNotQuotes() {
        assertThat(direct("The so-called “peace plan” was published on the ministry website.", List.of())).isEmpty();
    }

    @Test
    void singleQuotesAndApostrophesAreToldApart() {
        String text = "The ministry's spokesman said: ‘We don’t comment on rumours.’";
        Quote q = direct(text, List.of()).get(0);
        assertThat(q.span().of(text)).isEqualTo("We don’t comment on rumours.");
    }

    @Test
    void statementSpeaksForTheBodyThatIssuedIt() {
        String text = "The Regional Council met in emergency session on Friday.\n\n"
                + "“All parties must withdraw their forces at once,” the statement said.";
        Mention council = mention(text, "The Regional Council", EntityType.ORG, MentionKind.NAME, "org:regional-council");
        assertThat(direct(text, List.of(council))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("org:regional-council"));
    }

    @Test
    void reportedSpeechWithThatIsAnIndirectQuote() {
        String text = "Lena Markova said that the talks would resume in the spring.";
        List<Quote> quotes = extractor.extract(text, List.of(), List.of(), List.of());
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.span().of(text)).isEqualTo("the talks would resume in the spring");
            assertThat(q.speakerSpan().of(text)).isEqualTo("Lena Markova");
        });
    }

    @Test
    void accordingToNamesTheSpeakerAfterTheCue() {
        String text = "The ceasefire has held for three days, according to the Interior Ministry.";
        List<Quote> quotes = extractor.extract(text, List.of(), List.of(), List.of());
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.span().of(text)).isEqualTo("The ceasefire has held for three days");
            assertThat(q.speakerSpan().of(text)).contains("Interior Ministry");
            assertThat(q.cue()).isEqualTo("according to");
        });
    }

    @Test
    void newSentenceAfterAQuotationIsNotItsAttribution() {
        String text = "“We will win,” Lena Markova said. “The tide has turned.” Paul Adeyemi, for his part, praised the troops.";
        assertThat(direct(text, List.of())).extracting(q -> q.speakerSpan().of(text)).containsExactly("Lena Markova", "Lena Markova");
    }

    @Test
    void participleWithItsOwnSubjectBelongsToThatSubject() {
        String text = "The Defence Ministry kept the site secret, with spokesman Paul Adeyemi only telling reporters "
                + "that it lay in the “northern region.”";
        Quote q = direct(text, List.of()).get(0);
        assertThat(q.speakerSpan().of(text)).isEqualTo("Paul Adeyemi");
        assertThat(q.cue()).isEqualTo("telling");
    }

    @Test
    void participleAfterACommaBelongsToTheSubjectOfTheSentence() {
        String text = "Lena Markova criticised the plan in Oslo and Geneva, saying “it cannot work without money.”";
        assertThat(direct(text, List.of())).singleElement()
                .satisfies(q -> assertThat(q.speakerSpan().of(text)).isEqualTo("Lena Markova"));
    }

    @Test
    void withoutMentionsADescriptionIsTheSpeakerRatherThanTheNameInsideIt() {
        String text = "“We are ready for any scenario,” the senior Danish official said.";
        assertThat(direct(text, List.of())).singleElement()
                .satisfies(q -> assertThat(q.speakerSpan().of(text)).isEqualTo("the senior Danish official"));
    }

    @Test
    void withoutMentionsATitleWithOfJoinsTheNameItIntroduces() {
        String text = "Deputy Minister of Trade Karl Jensen said: “Exports will recover next year.”";
        assertThat(direct(text, List.of())).singleElement()
                .satisfies(q -> assertThat(q.speakerSpan().of(text)).isEqualTo("Deputy Minister of Trade Karl Jensen"));
    }

    @Test
    void emptyOrNullTextGivesNoQuotes() {
        assertThat(extractor.extract("", List.of(), List.of(), List.of())).isEmpty();
        assertThat(extractor.extract(null, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void pronounGoesToTheSubjectOfTheLatestSentenceRatherThanToTheNearestName() {
        String text = "Mayor Ines Ferrer met Governor Paul Dorsey on Monday. Ferrer, for her part, thanked Dorsey. "
                + "“Your help came when we needed it most,” she said.";
        Mention ferrer = mention(text, "Ines Ferrer", EntityType.PERSON, MentionKind.NAME, "person:ines-ferrer");
        Mention dorsey = mention(text, "Paul Dorsey", EntityType.PERSON, MentionKind.NAME, "person:paul-dorsey");
        int second = text.indexOf("Ferrer, for");
        Mention ferrerAgain = new Mention(new Span(second, second + "Ferrer".length()), EntityType.PERSON, MentionKind.NAME,
                "person:ines-ferrer");
        int thanked = text.indexOf("Dorsey.");
        Mention dorseyAgain = new Mention(new Span(thanked, thanked + "Dorsey".length()), EntityType.PERSON, MentionKind.NAME,
                "person:paul-dorsey");
        // the entity layer links the pronoun to the nearest person before it
        int she = text.indexOf(" she said") + 1;
        Mention pronoun = new Mention(new Span(she, she + 3), EntityType.PERSON, MentionKind.PRONOUN, "person:paul-dorsey");
        assertThat(direct(text, List.of(ferrer, dorsey, ferrerAgain, dorseyAgain, pronoun))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:ines-ferrer"));
    }

    @Test
    void pronounKeepsItsOwnLinkWhenNoEarlierSentenceNamesAPerson() {
        String text = "“We will rebuild the bridge by spring,” he said.";
        int he = text.indexOf("he said");
        Mention pronoun = new Mention(new Span(he, he + 2), EntityType.PERSON, MentionKind.PRONOUN, "person:olaf-berg");
        assertThat(direct(text, List.of(pronoun))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:olaf-berg"));
    }

    @Test
    void placeInAClauseBetweenSpeakerAndCueIsNotTheSpeaker() {
        String text = "Ferrer, visiting New Caledonia, said: “The islands deserve a stronger voice in the region.”";
        Mention ferrer = mention(text, "Ferrer", EntityType.PERSON, MentionKind.NAME, "person:ines-ferrer");
        Mention place = mention(text, "New Caledonia", EntityType.GPE, MentionKind.NAME, "gpe:NCL");
        assertThat(direct(text, List.of(ferrer, place))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:ines-ferrer"));
    }

    @Test
    void nameInACapitalisedInsertionBeforeTheCueStaysTheSpeaker() {
        String text = "The harbour master, Ines Ferrer, said: “No ship leaves port until the storm has passed.”";
        Mention ferrer = mention(text, "Ines Ferrer", EntityType.PERSON, MentionKind.NAME, "person:ines-ferrer");
        assertThat(direct(text, List.of(ferrer))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:ines-ferrer"));
    }

    @Test
    void statementFromAPersonIsTheirs() {
        String text = "“Customers come first in everything we build,” said a statement Friday from Dana Holt, "
                + "Nordwind games chief.";
        Mention holt = mention(text, "Dana Holt", EntityType.PERSON, MentionKind.NAME, "person:dana-holt");
        Mention nordwind = mention(text, "Nordwind", EntityType.ORG, MentionKind.NAME, "org:nordwind");
        assertThat(direct(text, List.of(holt, nordwind))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:dana-holt"));
    }

    @Test
    void statementReadByAnOfficialStillSpeaksForTheBody() {
        String text = "“All parties must withdraw their forces at once,” said a statement read by Omar Salis, "
                + "head of the Regional Council.";
        Mention salis = mention(text, "Omar Salis", EntityType.PERSON, MentionKind.NAME, "person:omar-salis");
        Mention council = mention(text, "the Regional Council", EntityType.ORG, MentionKind.NAME, "org:regional-council");
        assertThat(direct(text, List.of(salis, council))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("org:regional-council"));
    }

    @Test
    void unlinkedDescriptionOfAPersonGoesToThePersonTheTextIsAbout() {
        String text = "Nordwind shares fell on Tuesday as Dana Holt announced slower output. "
                + "The Nordwind chief executive said the firm faced “choppy waters” this year.";
        Mention holt = mention(text, "Dana Holt", EntityType.PERSON, MentionKind.NAME, "person:dana-holt");
        Mention company = mention(text, "Nordwind shares", EntityType.ORG, MentionKind.NAME, "org:nordwind");
        int inside = text.indexOf("Nordwind chief");
        Mention companyAgain = new Mention(new Span(inside, inside + "Nordwind".length()), EntityType.ORG, MentionKind.NAME,
                "org:nordwind");
        assertThat(extractor.extract(text, List.of(), List.of(holt, company, companyAgain), List.of()))
                .filteredOn(q -> q.span().of(text).contains("choppy waters"))
                .singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:dana-holt"));
    }

    @Test
    void spokesmanOfABodyIsNotTurnedIntoAnEarlierPerson() {
        String text = "Minister Olaf Berg visited the border on Monday.\n\n"
                + "“Our guards are where they have always been,” a Varnian border service spokesman said.";
        Mention berg = mention(text, "Olaf Berg", EntityType.PERSON, MentionKind.NAME, "person:olaf-berg");
        Mention service = mention(text, "Varnian border service", EntityType.ORG, MentionKind.NAME, "org:varnian-border-service");
        assertThat(direct(text, List.of(berg, service))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("org:varnian-border-service"));
    }

    @Test
    void highlightedIsAReportingCue() {
        String text = "“Trade between our ports has doubled in two years,” Berg highlighted.";
        Mention berg = mention(text, "Berg", EntityType.PERSON, MentionKind.NAME, "person:olaf-berg");
        assertThat(direct(text, List.of(berg))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:olaf-berg"));
    }

    @Test
    void nameTakenForAPersonInsideADescriptionDoesNotStandForIt() {
        String text = "Nordwind shares fell on Tuesday as Dana Holt announced slower output. "
                + "The Nordwind chief executive said the firm faced “choppy waters” this year.";
        Mention holt = mention(text, "Dana Holt", EntityType.PERSON, MentionKind.NAME, "person:dana-holt");
        int inside = text.indexOf("Nordwind chief");
        // the entity layer mistook the company inside the description for a person
        Mention misread = new Mention(new Span(inside, inside + "Nordwind".length()), EntityType.PERSON, MentionKind.NAME,
                "person:nordwind");
        assertThat(extractor.extract(text, List.of(), List.of(holt, misread), List.of()))
                .filteredOn(q -> q.span().of(text).contains("choppy waters"))
                .singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:dana-holt"));
    }

    private static List<Mention> every(String text, String words, EntityType type, String id) {
        List<Mention> out = new java.util.ArrayList<>();
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            out.add(new Mention(new Span(at, at + words.length()), type, MentionKind.NAME, id));
        }
        return out;
    }

    @Test
    void statementWithoutIssuerInItsClauseSpeaksForTheBodyTheTextKeepsNaming() {
        String text = "Leaders of the Coastal League met in Porto Verde. The Coastal League demanded a ceasefire, "
                + "and the talks were hosted by the Harbour Authority.\n\n"
                + "“All parties must withdraw their forces at once,” the communique reads in part.";
        List<Mention> mentions = new java.util.ArrayList<>(every(text, "Coastal League", EntityType.ORG, "org:coastal-league"));
        mentions.addAll(every(text, "Harbour Authority", EntityType.ORG, "org:harbour-authority"));
        assertThat(direct(text, mentions)).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("org:coastal-league"));
    }

    @Test
    void officialWhoReadACommuniqueIsOnlyItsReader() {
        String text = "The Coastal League held an emergency summit on Sunday.\n\n"
                + "According to Omar Salis, who read the communiqué, the body “calls for the immediate release of the "
                + "detained ministers.”";
        List<Mention> mentions = new java.util.ArrayList<>(every(text, "Coastal League", EntityType.ORG, "org:coastal-league"));
        mentions.add(mention(text, "Omar Salis", EntityType.PERSON, MentionKind.NAME, "person:omar-salis"));
        assertThat(direct(text, mentions)).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("org:coastal-league"));
    }

    @Test
    void theyAfterALeadersSummitIsTheBodyTheTextKeepsNaming() {
        String text = "The Coastal League summit ended on Sunday. The leaders thanked the Coastal League secretariat "
                + "and the Harbour Authority.\n\n"
                + "“Those steps could extend to fees on every port involved,” they said.";
        List<Mention> mentions = new java.util.ArrayList<>(every(text, "Coastal League", EntityType.ORG, "org:coastal-league"));
        mentions.addAll(every(text, "Harbour Authority", EntityType.ORG, "org:harbour-authority"));
        assertThat(direct(text, mentions)).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("org:coastal-league"));
    }

    @Test
    void paragraphsOfAnOpenQuotationTakeTheSpeakerNamedAtItsEnd() {
        String text = "The resolution was adopted by the Coastal League on Thursday.\n\n"
                + "“Order the harbour masters to ready the patrol boats without delay.\n\n"
                + "“Underscore the commitment of member states to a peaceful settlement,” it reads in part.";
        List<Mention> mentions = every(text, "Coastal League", EntityType.ORG, "org:coastal-league");
        assertThat(direct(text, mentions)).hasSize(2)
                .allSatisfy(q -> assertThat(q.speakerId()).isEqualTo("org:coastal-league"));
    }

    @Test
    void andAddedAfterAQuotationKeepsTheSubjectBeforeIt() {
        String text = "Dana Holt thanked the players on Friday.\n\n"
                + "She said the studio would \"bring every classic series to the new service\", and added that the company "
                + "would keep its old titles on sale.";
        Mention holt = mention(text, "Dana Holt", EntityType.PERSON, MentionKind.NAME, "person:dana-holt");
        Mention company = mention(text, "the company", EntityType.ORG, MentionKind.NOMINAL, "org:nordwind");
        assertThat(direct(text, List.of(holt, company))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:dana-holt"));
    }

    @Test
    void datelinePlaceIsNotTheSubjectOfTheFirstSentence() {
        String text = "VARNA (Harbour Wire) – Rostavia on Thursday gave the crew two days to leave, warning that it "
                + "would otherwise \"take every step it must\".";
        Mention city = mention(text, "VARNA", EntityType.GPE, MentionKind.NAME, "gpe:varna");
        Mention country = mention(text, "Rostavia", EntityType.GPE, MentionKind.NAME, "gpe:rostavia");
        assertThat(direct(text, List.of(city, country))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("gpe:rostavia"));
    }

    @Test
    void bodyThatSaidInAStatementSpeaksWhenNoOneFollowsThePhrase() {
        String text = "The Coastal Guard said in a statement read on radio that the boats were \"carrying arms "
                + "towards our shore\".";
        Mention guard = mention(text, "The Coastal Guard", EntityType.ORG, MentionKind.NAME, "org:coastal-guard");
        assertThat(direct(text, List.of(guard))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("org:coastal-guard"));
    }

    @Test
    void personInAnOpeningParticipleClauseIsNotTheSubject() {
        String text = "Referring to the killing of General Paul Dorsey, Ines Ferrer said both nations want justice. "
                + "“Joint action will deter such acts,” she pointed out.";
        Mention dorsey = mention(text, "General Paul Dorsey", EntityType.PERSON, MentionKind.NAME, "person:paul-dorsey");
        Mention ferrer = mention(text, "Ines Ferrer", EntityType.PERSON, MentionKind.NAME, "person:ines-ferrer");
        assertThat(direct(text, List.of(dorsey, ferrer))).singleElement()
                .satisfies(q -> assertThat(q.speakerId()).isEqualTo("person:ines-ferrer"));
    }
}
