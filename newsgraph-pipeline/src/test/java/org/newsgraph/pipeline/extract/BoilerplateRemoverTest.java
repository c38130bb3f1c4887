package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Removed;

class BoilerplateRemoverTest {
    private final BoilerplateRemover remover = new BoilerplateRemover();
    private final TextAssembler assembler = new TextAssembler();

    private static final String LEAD = "Officials in the port city said on Monday that the new ferry service would start "
            + "next month, after two years of delays caused by a dispute over the pier, and that fares would stay low.";

    private String clean(String original) {
        return assembler.assemble(remover.clean(original, List.of()));
    }

    private List<String> removed(String original) {
        Draft draft = remover.clean(original, List.of());
        return draft.removed().stream().map(r -> r.reason() + ":" + r.span().of(original)).toList();
    }

    @Test
    void gluedSectionNamesAreANavigationCrumb() {
        String text = "South AsiaChinaEurope\n\nFerry service to start in May\n\n" + LEAD;
        assertThat(removed(text)).containsExactly("nav-crumb:South AsiaChinaEurope");
        assertThat(clean(text)).startsWith("Ferry service to start in May\n\n");
    }

    @Test
    void camelCasedNamesInAHeadlineAreNotACrumb() {
        String text = "YouTube and PayPal Face New Rules\n\n" + LEAD;
        assertThat(removed(text)).isEmpty();
    }

    @Test
    void topStoriesAndBackToTopLinesAreRemoved() {
        String text = LEAD + "\n\nTop Business stories\nTop Stories\nBack to top button";
        assertThat(clean(text)).isEqualTo(LEAD);
    }

    @Test
    void relatedHeaderAndTheShortLinkTitlesAfterItAreRemoved() {
        String text = LEAD + "\n\nRead More:\n\nPort authority names new director\nFerry fares to rise in winter";
        assertThat(clean(text)).isEqualTo(LEAD);
        assertThat(removed(text)).allMatch(r -> r.startsWith("related-links:"));
    }

    @Test
    void relatedLinksStopAtTheFirstRealParagraph() {
        String more = "The council will meet again on Thursday to approve the budget for the pier.";
        String text = LEAD + "\n\nRelated:\nPort authority names new director\n\n" + more;
        assertThat(clean(text)).isEqualTo(LEAD + "\n\n" + more);
    }

    @Test
    void licenceLineGluedToTheLastParagraphIsRemovedWithEditorInitials() {
        String text = LEAD + "  KM/RT All Content by Harbour Daily Agency is licensed under a Creative Commons Attribution 4.0 International License.";
        assertThat(clean(text)).isEqualTo(LEAD);
        assertThat(removed(text)).singleElement().asString().startsWith("licence:KM/RT All Content by");
    }

    @Test
    void copyrightLineIsRemovedButTheWordCopyrightInProseIsNot() {
        String prose = "The court ruled on copyright law, a question lawmakers have argued over for years.";
        String text = LEAD + "\n\n" + prose + "\n\nCopyright © 2021 Harbour Daily. All rights reserved.";
        assertThat(clean(text)).isEqualTo(LEAD + "\n\n" + prose);
    }

    @Test
    void captchaNewsIdAndPageTimingLinesAreRemoved() {
        String text = "News ID: 90210\nPublished: 2215 GMT March 3, 2021\n\n" + LEAD + "\n\nSecurity Key:\nCaptcha refresh\nPage Generated in 0/1234 sec";
        assertThat(clean(text)).isEqualTo(LEAD);
    }

    @Test
    void repeatedTitleLineIsRemovedOnce() {
        String title = "Ferry service to start in May after long delay";
        String text = title + "\n\n" + title + "\n\n" + LEAD;
        assertThat(clean(text)).isEqualTo(title + "\n\n" + LEAD);
        assertThat(removed(text)).containsExactly("duplicate-title:" + title);
    }

    @Test
    void captionEndingInAnAgencyCreditIsRemoved() {
        String caption = "Harbour officials inspect the new pier in the port city on Sunday. AFP";
        String text = "Ferry service to start in May\n" + caption + "\n\n" + LEAD;
        assertThat(removed(text)).containsExactly("caption:" + caption);
    }

    @Test
    void photographCreditLineIsRemoved() {
        String text = "Photograph: Jane Roe/Reuters\n\n" + LEAD;
        assertThat(clean(text)).isEqualTo(LEAD);
    }

    @Test
    void lineEndingWithAnAgencyNameInsideASentenceIsKept() {
        String prose = "The mayor later gave an interview to the news agency AFP";
        String text = LEAD + "\n\n" + prose;
        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void captionHoldingAQuotationIsKept() {
        String quoted = "The minister said \"the pier is safe\" during a visit on Sunday. Reuters";
        assertThat(clean(LEAD + "\n\n" + quoted)).contains("the pier is safe");
    }

    @Test
    void gluedSitePrefixBeforeTheLeadIsRemoved() {
        String text = "Gulf PressGulf News: " + LEAD;
        assertThat(clean(text)).isEqualTo(LEAD);
        assertThat(removed(text)).containsExactly("site-prefix:Gulf PressGulf News: ");
    }

    @Test
    void camelCasedOrganisationBeforeAColonIsNotASitePrefix() {
        String text = "FreedomWorks CEO: " + LEAD;
        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void labelledHeadlineOfAnotherStoryBetweenTitleAndLeadIsRemoved() {
        String text = "Ferry service to start in May\n\nMayor: Port budget will not be cut this year\n\n" + LEAD;
        assertThat(removed(text)).containsExactly("cross-headline:Mayor: Port budget will not be cut this year");
    }

    @Test
    void labelledTitleAfterASectionWordIsKept() {
        String text = "World\n\nPort Summit: Leaders agree on new ferry routes across the bay\n\n" + LEAD;
        assertThat(clean(text)).contains("Port Summit: Leaders agree on new ferry routes across the bay");
    }

    @Test
    void dateHeaderAtTheStartIsRemovedButTheLeadAfterItIsKept() {
        String text = " date 2021-05-09 " + LEAD;
        assertThat(clean(text)).isEqualTo(LEAD);
        assertThat(removed(text)).containsExactly("date-header:date 2021-05-09 ");
    }

    @Test
    void widgetsTranslationBannersAndBareUrlsAreRemoved() {
        String text = " GET LIVE MARKET QUOTES & NEWS\nhttps://example.org/world/ferry-service\n\nBeta V.2.1 - Powered by automated translation\n\n" + LEAD
                + "\n\nSubscribe to our daily newsletter for the latest port news";
        assertThat(clean(text)).isEqualTo(LEAD);
    }

    @Test
    void bylineNearTheTopIsRemovedButASentenceStartingWithByIsKept() {
        String prose = "By Friday, the council had approved the budget.";
        String text = "Ferry service to start in May\n\nBy Ana Costa, May 9, 2021 6:10 pm\n\n" + prose + "\n\n" + LEAD;
        assertThat(removed(text)).containsExactly("byline:By Ana Costa, May 9, 2021 6:10 pm");
        assertThat(clean(text)).contains(prose);
    }

    @Test
    void shortNoteWhollyInParenthesesIsRemoved() {
        String text = "(The harbour master and the mayor at the pier)\n\n" + LEAD + "\n\n(Reporting by Ana Costa; editing by Jo Smith)";
        assertThat(clean(text)).isEqualTo(LEAD);
    }

    @Test
    void weatherWidgetAndSubscriptionOfferLinesAreRemoved() {
        String text = "Rain icon\n12°\n\n" + LEAD + "\n\nSave 40% OFF Harbour Gazette Digital Access\nCancel anytime. Ad-free.";
        assertThat(clean(text)).isEqualTo(LEAD);
    }

    @Test
    void paragraphBreaksAreKeptAndOddSpacesMadePlain() {
        String text = "First\u00A0paragraph of the story.\n\nSecond paragraph\u2009here.\nThird line.";
        assertThat(clean(text)).isEqualTo("First paragraph of the story.\n\nSecond paragraph here.\nThird line.");
    }

    @Test
    void hardWrappedWireCopyIsReadAsParagraphsAndItsLineEndsAreNotCaptions() {
        String text = """
                Port traffic fell sharply in the third quarter as storms
                closed the harbour for eleven days, the port authority said. Reuters
                reported earlier that two shipping lines had moved their calls
                to the northern terminal.
                    Officials expect volumes to recover in the fourth quarter,
                helped by the new ferry service and lower fees.""";
        assertThat(removed(text)).isEmpty();
        assertThat(clean(text)).isEqualTo("Port traffic fell sharply in the third quarter as storms closed the harbour for eleven days, "
                + "the port authority said. Reuters reported earlier that two shipping lines had moved their calls to the northern terminal.\n"
                + "Officials expect volumes to recover in the fourth quarter, helped by the new ferry service and lower fees.");
    }

    @Test
    void lineRemovedByTwoRulesWithASpaceBetweenCountsAsRemoved() {
        String text = " date 2021-05-09  GET LIVE MARKET QUOTES\nFerry service to start in May\n\n" + LEAD;
        Draft draft = remover.clean(text, List.of());
        assertThat(draft.kept().get(0).text()).isEqualTo("Ferry service to start in May");
    }

    @Test
    void longRunsOfLettersAndSpacesAreReadInReasonableTime() {
        String letters = "A".repeat(20_000);
        String words = "Ab ".repeat(5_000);
        String text = letters + ":\n\n" + words + "\n\n" + LEAD;
        assertThat(clean(text)).endsWith(LEAD);
    }

    @Property(tries = 300)
    void removalsStayInsideTheOriginalAndNeverThrow(@ForAll String text) {
        Draft draft = remover.clean(text, List.of());
        for (Removed r : draft.removed()) {
            assertThat(r.span().end()).isLessThanOrEqualTo(text.length());
        }
        assertThat(assembler.assemble(draft)).isNotNull();
    }
}
