package org.newsgraph.pipeline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/** Speakers of quotations whose reporting clause names more than one candidate, or that have no clause at all. */
class SpeakerAttributionTest {
    private final PatternQuoteExtractor extractor = new PatternQuoteExtractor();

    private List<Quote> direct(String text, List<Mention> mentions) {
        return extractor.extract(text, List.of(), mentions, List.of()).stream().filter(Quote::direct).toList();
    }

    private Quote quoteOf(String text, String words, List<Mention> mentions) {
        return direct(text, mentions).stream().filter(q -> q.span().of(text).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation " + words));
    }

    private static Mention mention(String text, String words, EntityType type, MentionKind kind, String id) {
        return mention(text, words, 0, type, kind, id);
    }

    private static Mention mention(String text, String words, int from, EntityType type, MentionKind kind, String id) {
        int at = text.indexOf(words, from);
        assertThat(at).as(words).isNotNegative();
        return new Mention(new Span(at, at + words.length()), type, kind, id);
    }

    @Test
    void roleOfABodySpeaksForThePersonItDescribesNotForTheBody() {
        String text = "The secretary of the Supreme Defence Council of Ruritania said: "
                + "“Foreign troops must leave the region this year.”";
        List<Mention> mentions = List.of(
                mention(text, "The secretary of the Supreme Defence Council of Ruritania", EntityType.PERSON,
                        MentionKind.NOMINAL, "person:karl-jensen"),
                mention(text, "Supreme Defence Council of Ruritania", EntityType.ORG, MentionKind.NAME, "org:sdc"),
                mention(text, "Ruritania", EntityType.GPE, MentionKind.NAME, "gpe:RUR"));
        assertThat(quoteOf(text, "Foreign troops must leave the region this year.", mentions).speakerId())
                .isEqualTo("person:karl-jensen");
    }

    @Test
    void personNamedWithATitleAfterAPrepositionIsNotTheSubject() {
        String text = "In talks with Foreign Minister Karl Jensen, held in Oslo on Monday, Lena Markova visited the "
                + "border post.\n\n“No country fighting smuggling will let the networks recover,” she stressed.";
        List<Mention> mentions = List.of(
                mention(text, "Foreign Minister", EntityType.PERSON, MentionKind.NOMINAL, "person:karl-jensen"),
                mention(text, "Karl Jensen", EntityType.PERSON, MentionKind.NAME, "person:karl-jensen"),
                mention(text, "Oslo", EntityType.GPE, MentionKind.NAME, "gpe:NOR:oslo"),
                mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova"),
                mention(text, "she", EntityType.PERSON, MentionKind.PRONOUN, "person:karl-jensen"));
        assertThat(quoteOf(text, "No country fighting smuggling will let the networks recover,", mentions).speakerId())
                .isEqualTo("person:lena-markova");
    }

    @Test
    void pronounGoesToWhoeverReportedThePreviousSentence() {
        String text = "In Vienna, Karl Jensen will attend the summit of the union, as Lena Markova specified. "
                + "“The delegation leaves on Friday,” she said.";
        List<Mention> mentions = List.of(
                mention(text, "Vienna", EntityType.GPE, MentionKind.NAME, "gpe:AUT:vienna"),
                mention(text, "Karl Jensen", EntityType.PERSON, MentionKind.NAME, "person:karl-jensen"),
                mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova"));
        assertThat(quoteOf(text, "The delegation leaves on Friday,", mentions).speakerId())
                .isEqualTo("person:lena-markova");
    }

    @Test
    void unmarkedParagraphAfterAColonIsABlockQuotationOfTheSpeaker() {
        String text = "In a post on the company blog, chief executive Lena Markova wrote:\n\n"
                + "For everyone who builds with us, today is a good day. Even if Karl Jensen prefers other tools, "
                + "you are welcome here.\n\n"
                + "She added that the company would \"keep every existing licence in force\" for three years.";
        List<Mention> mentions = List.of(
                mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova"),
                mention(text, "Karl Jensen", EntityType.PERSON, MentionKind.NAME, "person:karl-jensen"));
        Quote block = quoteOf(text, "For everyone who builds with us, today is a good day. Even if Karl Jensen "
                + "prefers other tools, you are welcome here.", mentions);
        assertThat(block.speakerId()).isEqualTo("person:lena-markova");
        assertThat(quoteOf(text, "keep every existing licence in force", mentions).speakerId())
                .as("a name inside the block is not an antecedent").isEqualTo("person:lena-markova");
    }

    @Test
    void paragraphAfterAColonThatHasItsOwnMarksIsNoBlockQuotation() {
        String text = "The minister told reporters:\n\n“We are ready.”";
        assertThat(direct(text, List.of())).extracting(q -> q.span().of(text)).containsExactly("We are ready.");
    }

    @Test
    void quotationOpeningTheSentenceAfterAnAttributedOneContinuesItsSpeaker() {
        String text = "Lena Markova stressed that ties were growing “steadily” and that both sides were achieving "
                + "significant results across many new fields of joint work. “Mutual trust is";
        List<Mention> mentions = List.of(
                mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova"));
        assertThat(quoteOf(text, "Mutual trust is", mentions).speakerId()).isEqualTo("person:lena-markova");
    }

    @Test
    void quotationAfterASentenceOfItsOwnIsNotContinued() {
        String text = "“We are ready to sign today.” Karl Jensen, for his part, praised the host. "
                + "“Nothing has been agreed yet.”";
        List<Mention> mentions = List.of(
                mention(text, "Karl Jensen", EntityType.PERSON, MentionKind.NAME, "person:karl-jensen"));
        assertThat(quoteOf(text, "Nothing has been agreed yet.", mentions).speakerId()).isNull();
    }

    @Test
    void singleQuotedQuotationCutOffByTheEndOfTheTextIsKept() {
        String text = "‘They are not coming here,’ she told the paper. ‘I would know: I’m the manager of";
        assertThat(direct(text, List.of())).extracting(q -> q.span().of(text))
                .containsExactly("They are not coming here,", "I would know: I’m the manager of");
    }

    @Test
    void apostropheNearTheEndOfTheTextIsNoQuotation() {
        String text = "The band played hits of the ’90s";
        assertThat(direct(text, List.of())).isEmpty();
    }

    @Test
    void membersOfABodySpeakForTheBody() {
        String text = "The Homeland Council said it had taken power in the capital.\n\n"
                + "“We reaffirm every commitment made by the country,” the soldiers said.";
        List<Mention> mentions = List.of(
                mention(text, "The Homeland Council", EntityType.ORG, MentionKind.NAME, "org:homeland-council"));
        Quote q = quoteOf(text, "We reaffirm every commitment made by the country,", mentions);
        assertThat(q.speakerId()).isEqualTo("org:homeland-council");
        assertThat(q.speakerSpan().of(text)).isEqualTo("the soldiers");
    }

    @Test
    void membersOfABodyInASubHeadlineLookAheadForTheBody() {
        String text = "The soldiers say the takeover answers \"years of empty promises on the roads\"\n\n"
                + "Officers appeared on television overnight. They said they acted for the Homeland Council, which "
                + "suspended the constitution.";
        List<Mention> mentions = List.of(
                mention(text, "Homeland Council", EntityType.ORG, MentionKind.NAME, "org:homeland-council"));
        assertThat(quoteOf(text, "years of empty promises on the roads", mentions).speakerId())
                .isEqualTo("org:homeland-council");
    }

    @Test
    void bodyNamedInsideTheMembersDescriptionIsTheSpeaker() {
        String text = "Karl Jensen opened the summit.\n\n"
                + "“The borders stay closed until order returns,” the Union leaders said.";
        List<Mention> mentions = List.of(
                mention(text, "Karl Jensen", EntityType.PERSON, MentionKind.NAME, "person:karl-jensen"),
                mention(text, "Union", EntityType.ORG, MentionKind.NAME, "org:union"));
        assertThat(quoteOf(text, "The borders stay closed until order returns,", mentions).speakerId())
                .isEqualTo("org:union");
    }

    @Test
    void verbGoingOnAfterTheQuotationSharesTheSubjectOfTheSentence() {
        String text = "The Union met in Kessel on Sunday. The leaders, who closed the ports, halting “every cargo "
                + "bound for the south”, also refused any deal with Karl Jensen and declared him the "
                + "only negotiator.";
        List<Mention> mentions = List.of(
                mention(text, "The Union", EntityType.ORG, MentionKind.NAME, "org:union"),
                mention(text, "Kessel", EntityType.GPE, MentionKind.NAME, "gpe:XVO:kessel"),
                mention(text, "Karl Jensen", EntityType.PERSON, MentionKind.NAME, "person:karl-jensen"));
        assertThat(quoteOf(text, "every cargo bound for the south", mentions).speakerId()).isEqualTo("org:union");
    }

    @Test
    void paragraphsOfAStatementQuotedAfterItsReportGoOnWithItsSpeaker() {
        String text = "At its summit, the bloc said all dialogue with the junta had failed.\n\n"
                + "The leaders also deplored the closure of the harbour.\n\n"
                + "\"The Council, after hearing its envoys on the harbour, resolves as follows;\n\n"
                + "\"Further deplores the closure of the harbour and its markets";
        List<Mention> mentions = List.of(
                mention(text, "the bloc", EntityType.ORG, MentionKind.NOMINAL, "org:bloc"));
        assertThat(direct(text, mentions)).extracting(Quote::speakerId).containsExactly("org:bloc", "org:bloc");
    }

    @Test
    void quotationFarFromAnyStatementStaysUnattributed() {
        String text = "At its summit, the bloc said all dialogue with the junta had failed.\n\n"
                + "Markets fell on the news.\n\nTraders sold the currency.\n\n"
                + "\"The Council, after hearing its envoys on the harbour, resolves as follows;";
        List<Mention> mentions = List.of(
                mention(text, "the bloc", EntityType.ORG, MentionKind.NOMINAL, "org:bloc"));
        assertThat(direct(text, mentions)).singleElement().satisfies(q -> assertThat(q.speakerId()).isNull());
    }

    @Test
    void quotationInAHeadlineBelongsToTheHeadlineSubject() {
        String text = "Minister Lena Markova pleased with \"productive talks\" in Oslo\n\n"
                + "The talks lasted four hours.";
        List<Mention> mentions = List.of(
                mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova"),
                mention(text, "Oslo", EntityType.GPE, MentionKind.NAME, "gpe:NOR:oslo"));
        assertThat(quoteOf(text, "productive talks", mentions).speakerId()).isEqualTo("person:lena-markova");
    }

    @Test
    void scareQuotesInRunningTextGetNoHeadlineSubject() {
        String text = "Lena Markova toured the so-called \"green zone\" on Monday.";
        List<Mention> mentions = List.of(
                mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova"));
        assertThat(direct(text, mentions)).isEmpty();
    }

    @Test
    void possessorBeforeTheSpeakerIsNotTheSpeaker() {
        String text = "“We will ship the first trucks in March,” Nordwind's chief executive Lena Markova said.";
        List<Mention> mentions = List.of(
                mention(text, "Nordwind", EntityType.ORG, MentionKind.NAME, "org:nordwind"),
                mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova"));
        assertThat(quoteOf(text, "We will ship the first trucks in March,", mentions).speakerId())
                .isEqualTo("person:lena-markova");
    }

    @Test
    void quotationFollowedByADashKeepsTheCueAfterIt() {
        String text = "“We will not retreat one metre” – Lena Markova said on Monday.";
        List<Mention> mentions = List.of(
                mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova"));
        assertThat(quoteOf(text, "We will not retreat one metre", mentions).speakerId())
                .isEqualTo("person:lena-markova");
    }

    @Test
    void twoWordFragmentAfterCalledItIsAQuotation() {
        String text = "Lena Markova called it “a disgrace” and left the hall.";
        List<Mention> mentions = List.of(
                mention(text, "Lena Markova", EntityType.PERSON, MentionKind.NAME, "person:lena-markova"));
        assertThat(quoteOf(text, "a disgrace", mentions).speakerId()).isEqualTo("person:lena-markova");
    }

    @Test
    void fragmentRunningOnInItsSentenceTakesTheCueBeforeIt() {
        String text = "Bamako rejected the claims. The army said in its statement that “no civilian” had been harmed in "
                + "what it called a precision operation.";
        List<Mention> mentions = List.of(
                mention(text, "Bamako", EntityType.GPE, MentionKind.METONYM, "gpe:MLI"),
                mention(text, "The army", EntityType.ORG, MentionKind.NOMINAL, "org:MLI:army"));
        Quote q = quoteOf(text, "no civilian", mentions);
        assertThat(q.speakerId()).isEqualTo("org:MLI:army");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void serviceOfACountrySpeaksRatherThanTheCountryItsNameHolds() {
        String text = "“Our guards are where they have always been,” a Tajik border service spokesman said.";
        List<Mention> mentions = List.of(
                mention(text, "Tajik", EntityType.GPE, MentionKind.DEMONYM, "gpe:TJK"),
                mention(text, "Tajik border service", EntityType.ORG, MentionKind.NAME, "org:TJK:border-service"));
        assertThat(quoteOf(text, "Our guards are where they have always been,", mentions).speakerId())
                .isEqualTo("org:TJK:border-service");
    }

    @Test
    void fullNameWithAParticleIsTheSpeakerNotItsFirstWord() {
        String text = "The alliance's spokesman, Ahmed ag Intalla, called for an inquiry. «The world must see this,» he said.";
        List<Mention> mentions = List.of(
                mention(text, "The alliance's spokesman", EntityType.PERSON, MentionKind.NOMINAL, "person:ahmed-ag-intalla"),
                mention(text, "Ahmed ag Intalla", EntityType.PERSON, MentionKind.NAME, "person:ahmed-ag-intalla"),
                mention(text, "Ahmed", EntityType.PERSON, MentionKind.NAME, "person:ahmed"));
        assertThat(quoteOf(text, "The world must see this,", mentions).speakerId()).isEqualTo("person:ahmed-ag-intalla");
    }
}
