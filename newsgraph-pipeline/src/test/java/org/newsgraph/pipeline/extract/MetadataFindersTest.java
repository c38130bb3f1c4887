package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Found;
import org.newsgraph.model.SourceHints;

class MetadataFindersTest {
    private final BoilerplateRemover remover = new BoilerplateRemover();
    private final DatelineFinder datelines = new DatelineFinder();
    private final TitleFinder titles = new TitleFinder();
    private final OutletFinder outlets = new OutletFinder(OutletNames.standard());
    private final PublicationDateFinder dates = new PublicationDateFinder();

    private Evidence evidence(String text, String url) {
        Draft draft = remover.clean(text, List.of());
        return new Evidence(draft, SourceHints.NONE, PageFacts.NONE, Optional.ofNullable(url), datelines.find(draft));
    }

    private Evidence evidence(String text) {
        return evidence(text, null);
    }

    // dateline

    @Test
    void upperCaseDatelineWithAgencyTagGivesPlaceAndOutlet() {
        String text = "Floods close coastal road\n\nLISBON (Reuters) – Heavy rain closed the main coastal road on Sunday, officials said.";
        Evidence e = evidence(text);
        assertThat(e.dateline()).map(Dateline::place).contains("Lisbon");
        Found<String> outlet = outlets.find(e).orElseThrow();
        assertThat(outlet.value()).isEqualTo("Reuters");
        assertThat(outlet.rule()).isEqualTo("dateline-agency");
        assertThat(outlet.evidence().of(text)).isEqualTo("Reuters");
    }

    @Test
    void datelineWithMonthAndDayIsRead() {
        Evidence e = evidence("NEW DELHI, April 4 (Xinhua) -- India and Nepal signed three trade agreements on Monday, the ministry said.");
        assertThat(e.dateline()).map(Dateline::place).contains("New Delhi");
        assertThat(outlets.find(e)).map(Found::value).contains("Xinhua");
    }

    @Test
    void titleCaseDatelineWithColonIsRead() {
        Evidence e = evidence("Baghdad (IP): The Iraqi foreign minister said: \"Talks will continue next week.\"");
        assertThat(e.dateline()).map(Dateline::place).contains("Baghdad");
        assertThat(outlets.find(e)).map(Found::value).contains("IranPress");
    }

    @Test
    void plainUpperCaseDatelineHasAPlaceButNoOutlet() {
        Evidence e = evidence("ANKARA - Turkey's central bank held its main rate steady on Thursday, surprising some analysts.");
        assertThat(e.dateline()).map(Dateline::place).contains("Ankara");
        assertThat(outlets.find(e)).isEmpty();
    }

    @Test
    void breakingLabelIsNotADatelinePlace() {
        Evidence e = evidence("BREAKING - Turkey's central bank held its main rate steady on Thursday, surprising some analysts.");
        assertThat(e.dateline()).isEmpty();
    }

    // title

    @Test
    void firstLineThatLooksLikeAHeadlineIsTheTitle() {
        String text = "South AsiaChinaEurope\n\nFloods close coastal road in the north\n\nHeavy rain closed the main coastal road on Sunday.";
        Found<String> title = titles.find(evidence(text)).orElseThrow();
        assertThat(title.value()).isEqualTo("Floods close coastal road in the north");
        assertThat(title.rule()).isEqualTo("first-line");
        assertThat(title.evidence().of(text)).isEqualTo(title.value());
    }

    @Test
    void datelineLeadIsNotATitle() {
        assertThat(titles.find(evidence("ANKARA - Turkey's central bank held its rate on Thursday.\n\nMore text follows here."))).isEmpty();
        assertThat(titles.find(evidence("Baghdad (IP): The minister said: \"Talks will continue\"\n\nMore text follows."))).isEmpty();
    }

    @Test
    void sentenceEndingInAFullStopIsNotATitle() {
        assertThat(titles.find(evidence("Heavy rain closed the main coastal road on Sunday.\n\nMore text."))).isEmpty();
    }

    @Test
    void twoSentencesAreNotATitle() {
        assertThat(titles.find(evidence("Rain is the worry. Roads in the north are shut\n\nMore text follows."))).isEmpty();
    }

    @Test
    void sourceTitleWinsOverTheText() {
        Draft draft = remover.clean("Some other first line here\n\nBody.", List.of());
        Evidence e = new Evidence(draft, new SourceHints("1", null, "Stated title", null, null), PageFacts.NONE, Optional.empty(), Optional.empty());
        assertThat(titles.find(e)).map(Found::rule).contains("source");
    }

    // outlet

    @Test
    void licenceLineNamesTheOutlet() {
        String text = "Heavy rain closed the main coastal road on Sunday. All Content by Harbour Daily Agency is licensed under a Creative Commons Attribution 4.0 International License.";
        Found<String> outlet = outlets.find(evidence(text)).orElseThrow();
        assertThat(outlet.value()).isEqualTo("Harbour Daily Agency");
        assertThat(outlet.rule()).isEqualTo("licence");
        assertThat(outlet.evidence().of(text)).isEqualTo("Harbour Daily Agency");
    }

    @Test
    void contributionCreditIsNotTheOutlet() {
        assertThat(outlets.find(evidence("Heavy rain closed the road.\n\nReuters and AFP contributed to this story."))).isEmpty();
    }

    @Test
    void knownHostWinsOverTheDatelineAgency() {
        Evidence e = evidence("LISBON (Reuters) – Heavy rain closed the main coastal road on Sunday, officials said.",
                "https://www.theguardian.com/world/2021/may/09/floods");
        assertThat(outlets.find(e)).map(Found::value).contains("The Guardian");
    }

    @Test
    void unknownHostGivesItsMainLabel() {
        Found<String> outlet = outlets.find(evidence("Heavy rain closed the road.", "https://news.harbourgazette.co.uk/a/1")).orElseThrow();
        assertThat(outlet.value()).isEqualTo("Harbourgazette");
        assertThat(outlet.rule()).isEqualTo("url-host");
    }

    @Test
    void hostLabelEndingInOnlineIsSplit() {
        assertThat(OutletNames.standard().hostLabel("www.harbouronline.com")).contains("Harbour Online");
        assertThat(OutletNames.standard().hostLabel("online.com")).contains("Online");
        assertThat(OutletNames.standard().hostLabel("192.168.0.1")).isEmpty();
    }

    @Test
    void subdomainOfAKnownHostIsKnown() {
        assertThat(OutletNames.standard().knownHost("edition.cnn.com")).contains("CNN");
    }

    // publication date

    @Test
    void dateHeaderGivesThePublicationDay() {
        String text = " date 2021-05-09 Heavy rain closed the main coastal road on Sunday.";
        Found<LocalDate> d = dates.find(evidence(text)).orElseThrow();
        assertThat(d.value()).isEqualTo(LocalDate.of(2021, 5, 9));
        assertThat(d.rule()).isEqualTo("date-header");
        assertThat(d.evidence().of(text)).isEqualTo("2021-05-09");
    }

    @Test
    void publishedLineGivesThePublicationDay() {
        String text = "News ID: 4411\nPublished: 0915 GMT March 3, 2021\n\nHeavy rain closed the road.";
        assertThat(dates.find(evidence(text))).map(Found::value).contains(LocalDate.of(2021, 3, 3));
    }

    @Test
    void bylineDateNearTheTopGivesThePublicationDay() {
        String text = "Floods close coastal road\n\nBy Ana Costa, May 9, 2021 6:10 pm\n\nHeavy rain closed the main coastal road on Sunday.";
        Found<LocalDate> d = dates.find(evidence(text)).orElseThrow();
        assertThat(d.value()).isEqualTo(LocalDate.of(2021, 5, 9));
        assertThat(d.rule()).isEqualTo("byline");
    }

    @Test
    void urlPathGivesThePublicationDay() {
        assertThat(dates.find(evidence("Heavy rain closed the road.", "https://example.org/2021/05/09/floods/")))
                .map(Found::value).contains(LocalDate.of(2021, 5, 9));
    }

    @Test
    void weekdayWithoutPublicationDateStaysUnresolved() {
        assertThat(dates.find(evidence("Floods close coastal road\n\nHeavy rain closed the main coastal road on Saturday, officials said."))).isEmpty();
    }

    @Test
    void eventDateInsideTheBodyIsNotThePublicationDate() {
        String body = "Floods close coastal road\n\n" + "Heavy rain closed the main coastal road, officials said, in the worst storm since the one on "
                + "March 3, 2019 that flooded the old town and cut power to thousands of homes for days.";
        assertThat(dates.find(evidence(body))).isEmpty();
    }
}
