package org.newsgraph.pipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.pipeline.TestArticles.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class MinHashDeduplicatorTest {
    private static final String WIRE_1 = "The finance ministers of the two neighbouring countries agreed on Monday to build a new "
            + "bridge across the river that separates their capitals, ending a dispute that had stalled trade for nearly "
            + "three years and left hundreds of lorries waiting at the border crossing every week.";
    private static final String WIRE_2 = "Under the agreement signed in the border town, each government will pay half of the "
            + "estimated cost of four hundred million dollars, and construction is expected to begin next spring once "
            + "engineers have completed a survey of the riverbed and the surrounding wetlands.";
    private static final String WIRE_3 = "Officials on both sides said the bridge would carry a railway line as well as a "
            + "four-lane road, and that customs checks would be moved to a shared station on the northern bank to cut "
            + "waiting times for drivers and passengers alike.";
    private static final String WIRE_4 = "Business groups welcomed the deal, saying the closure of the old ferry route had "
            + "cost exporters of fruit and timber millions of dollars in spoiled goods and missed contracts since the "
            + "dispute began, while environmental groups asked for guarantees on the wetlands.";
    private static final String WIRE = String.join("\n\n", WIRE_1, WIRE_2, WIRE_3, WIRE_4);

    private static Article a(String id, String text) {
        return article(id, null, text, LocalDate.of(2021, 3, 1), "Outlet " + id);
    }

    @Test
    void verbatimCopyIsAnExactDuplicateOfTheFirstArticle() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        assertThat(dedup.add(a("w1", WIRE))).isEqualTo(DuplicateVerdict.ORIGINAL);
        DuplicateVerdict verdict = dedup.add(a("c1", WIRE.replace("\n\n", "\n")));
        assertThat(verdict.kind()).isEqualTo(DuplicateVerdict.Kind.EXACT);
        assertThat(verdict.duplicateOf()).isEqualTo("w1");
    }

    @Test
    void repostWithChangedWordsAndHeadlineIsANearCopy() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        dedup.add(a("w1", WIRE));
        String edited = "Neighbours agree to build river bridge\n\n" + WIRE.replace("on Monday", "on Monday evening")
                .replace("lorries", "trucks").replace("next spring", "in the spring");
        DuplicateVerdict verdict = dedup.add(a("r1", edited));
        assertThat(verdict.kind()).isEqualTo(DuplicateVerdict.Kind.NEAR);
        assertThat(verdict.duplicateOf()).isEqualTo("w1");
        assertThat(verdict.similarity()).isBetween(0.5, 1.0);
    }

    @Test
    void storyReusingMostWireParagraphsUnderItsOwnIntroIsAPartialCopy() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        dedup.add(a("w1", WIRE));
        String own = "Our correspondent in the northern province reports that local farmers have waited a decade for a "
                + "permanent crossing, and many of them gathered at the ferry landing to hear the news read out on the "
                + "radio by the mayor, who promised a celebration when the first stone is laid. The mayor also spoke "
                + "about the flooding of last autumn, which destroyed the old wooden pier and two warehouses nearby.";
        DuplicateVerdict verdict = dedup.add(a("p1", own + "\n\n" + WIRE_1 + "\n\n" + WIRE_2 + "\n\n" + WIRE_3));
        assertThat(verdict.kind()).isEqualTo(DuplicateVerdict.Kind.PARTIAL);
        assertThat(verdict.duplicateOf()).isEqualTo("w1");
    }

    @Test
    void independentReportOfTheSameNewsIsNotACopy() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        dedup.add(a("w1", WIRE));
        String independent = "A long-running quarrel over river traffic ended with a signature: ministers from both "
                + "countries said they would share the bill for a crossing between the two capitals. Work could start "
                + "within a year. Exporters, who lost money while the ferry was closed, said they were relieved, and "
                + "conservationists said they would watch the project closely.";
        assertThat(dedup.add(a("i1", independent))).isEqualTo(DuplicateVerdict.ORIGINAL);
    }

    private static final String LEAD = "The port authority suspended all night shipping on the northern canal on "
            + "Thursday after a cargo vessel ran aground near the old lock gates. No injuries were reported and the "
            + "crew of twelve was brought ashore by a coastguard launch before dawn.";

    private static String paragraphs(String... sentences) {
        return String.join("\n\n", sentences);
    }

    @Test
    void sharedWireLeadAloneIsNotACopy() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        dedup.add(a("w1", paragraphs(LEAD,
                "Salvage teams will try to refloat the ship at high tide on Saturday, the authority said in a statement.",
                "The vessel was carrying steel coils from the southern mills to a warehouse on the eastern docks.",
                "Traffic on the canal has doubled in ten years as shippers avoid the congested coastal route.",
                "Local fishermen complained that the closure would keep their boats in harbour for the weekend.",
                "An inquiry into the grounding will be led by the regional maritime inspectorate next month.")));
        DuplicateVerdict verdict = dedup.add(a("o1", paragraphs(LEAD,
                "Residents of the lock-keeper cottages said they had heard a long scraping noise shortly after midnight.",
                "The canal was dug by hand in the eighteenth century and widened twice since the last world war.",
                "Environmental groups asked the city to check the water for fuel after the hull was inspected by divers.",
                "Shop owners along the towpath expect fewer tourists while barges stay moored upstream of the gates.",
                "The mayor promised to publish the findings of the divers on the city website by Monday evening.")));
        assertThat(verdict).isEqualTo(DuplicateVerdict.ORIGINAL);
    }

    @Test
    void copyPointsToTheOriginalItCopiesMostNotTheFirstSharingItsLead() {
        String wire = paragraphs(LEAD,
                "Salvage teams will try to refloat the ship at high tide on Saturday, according to the port authority.",
                "The vessel was carrying steel coils from the southern mills to a warehouse on the eastern docks.",
                "Traffic on the canal has doubled in ten years as shippers avoid the congested coastal route.",
                "An inquiry into the grounding will be led by the regional maritime inspectorate next month.");
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        dedup.add(a("lead-only", paragraphs(LEAD,
                "Residents of the lock-keeper cottages said they had heard a long scraping noise shortly after midnight.",
                "The canal was dug by hand in the eighteenth century and widened twice since the last world war.",
                "Shop owners along the towpath expect fewer tourists while barges stay moored upstream of the gates.")));
        dedup.add(a("wire", wire));
        DuplicateVerdict verdict = dedup.add(a("copy", paragraphs(LEAD,
                "Salvage crews will try to refloat the ship at high tide on Saturday, according to the port authority.",
                "The vessel was carrying steel coils from the southern mills to a warehouse on the eastern docks.",
                "An inquiry into the grounding will be led by the regional maritime inspectorate next month.",
                "Photographs of the stranded ship were shared widely on social media on Thursday morning.")));
        assertThat(verdict.isCopy()).isTrue();
        assertThat(verdict.duplicateOf()).isEqualTo("wire");
    }

    @Test
    void partialCopyWithSeveralSharedParagraphsIsACopy() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        dedup.add(a("w1", WIRE));
        String own = paragraphs(
                "Farmers in the northern province have waited a decade for a permanent crossing over the river.",
                "Many of them gathered at the ferry landing on Monday evening to hear the news read out by the mayor.",
                "The mayor promised a celebration in the square when the first stone of the bridge is laid.",
                "Last autumn a flood destroyed the old wooden pier and two warehouses next to the landing.",
                "Since then the ferry has run only in daylight and only when the river is calm enough.",
                "Teachers say pupils from the far bank often miss the first lesson when the mist is thick.",
                "A local haulier said he would sell two of his lorries once the new road is open to traffic.");
        DuplicateVerdict verdict = dedup.add(a("p1", own + "\n\n" + WIRE_1 + "\n\n" + WIRE_3 + "\n\n" + WIRE_4));
        assertThat(verdict.kind()).isEqualTo(DuplicateVerdict.Kind.PARTIAL);
        assertThat(verdict.duplicateOf()).isEqualTo("w1");
    }

    @Test
    void reportsSharingOneSentenceAndTheSpeakersWordsAreNotCopies() {
        String sentence = "The general was detained by soldiers of his own guard at the barracks early on Tuesday.";
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        dedup.add(a("r1", paragraphs(
                "Soldiers took over the state broadcaster in the capital and read out a statement on Tuesday night.",
                sentence,
                "Neighbouring governments called for calm and for the general to be released unharmed.",
                "The country has seen three changes of government by force in the past decade.",
                "He also said that all political parties had been suspended until further notice.",
                "\u201CThe borders are closed until the situation is stable,\u201D he went on.",
                "He added that a curfew would run from ten in the evening until five in the morning.")));
        DuplicateVerdict verdict = dedup.add(a("r2", paragraphs(
                "A group of officers announced on television that they had removed the government from power.",
                sentence,
                "Crowds gathered outside parliament, some waving flags and others chanting against the officers.",
                "Aid agencies said food deliveries to the eastern refugee camps had stopped for the day.",
                "He also said that all political parties had been suspended until further notice.",
                "\u201CThe borders are closed until the situation is stable,\u201D he went on.",
                "He added that a curfew would run from ten in the evening until five in the morning.")));
        assertThat(verdict).isEqualTo(DuplicateVerdict.ORIGINAL);
    }

    @Test
    void articleAddedAgainIsNotACopyOfItself() {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        dedup.add(a("w1", WIRE));
        assertThat(dedup.add(a("w1", WIRE))).isEqualTo(DuplicateVerdict.ORIGINAL);
    }

    @Test
    void sameArticlesInSameOrderGiveSameVerdicts() {
        List<Article> articles = List.of(a("w1", WIRE), a("x", WIRE_1 + " " + WIRE_2 + " " + WIRE_3), a("y", WIRE_4), a("z", WIRE));
        List<DuplicateVerdict> first = new ArrayList<>();
        List<DuplicateVerdict> second = new ArrayList<>();
        MinHashDeduplicator one = new MinHashDeduplicator();
        MinHashDeduplicator two = new MinHashDeduplicator();
        articles.forEach(x -> first.add(one.add(x)));
        articles.forEach(x -> second.add(two.add(x)));
        assertThat(first).isEqualTo(second);
        assertThat(first.get(3).duplicateOf()).isEqualTo("w1");
    }

    @Test
    void boilerplateThatOneSiteAppendsToEveryStoryStopsMakingCopies() {
        String signUp = "Sign up for our morning newsletter to receive the best stories of the day in your inbox. You may "
                + "unsubscribe at any time and we will never share your address with anyone else. Please try again later "
                + "if the form does not load, or view all of our newsletters on the subscriptions page of this website.";
        List<String> vocabulary = List.of("river", "council", "budget", "school", "road", "minister", "court", "rain",
                "harbour", "election", "tax", "hospital", "police", "farmers", "bridge", "market", "union", "train",
                "museum", "festival", "mayor", "prices", "workers", "village", "energy", "water", "forest", "report",
                "judge", "vote", "teachers", "nurses", "airport", "factory", "strike", "storm", "library", "park");
        java.util.Random random = new java.util.Random(11);
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        List<DuplicateVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                body.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(w % 12 == 11 ? ". " : " ");
            }
            verdicts.add(dedup.add(a("s" + i, body + "\n\n" + signUp)));
        }
        assertThat(verdicts.subList(DedupSettings.DEFAULTS.boilerplateCount() + 1, 20))
                .allMatch(v -> v.equals(DuplicateVerdict.ORIGINAL));
    }

    @Test
    void inconsistentSettingsAreRejectedAtStartUp() {
        assertThatThrownBy(() -> new DedupSettings(3, 100, 32, 4, 0.5, 0.5, 4, 8, 2, 25, 8, 500, CopyRule.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permutations");
    }

    @Property(tries = 200)
    void anyTextGivesAVerdictAndNeverCopiesItself(@ForAll String text) {
        MinHashDeduplicator dedup = new MinHashDeduplicator();
        DuplicateVerdict verdict = dedup.add(a("only", text));
        assertThat(verdict).isEqualTo(DuplicateVerdict.ORIGINAL);
        DuplicateVerdict again = dedup.add(a("second", text));
        assertThat(again.duplicateOf()).isIn("only", null);
    }
}
