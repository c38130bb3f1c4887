package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.Processed;

/** Headlines taken from the reports themselves, over articles run through the real pipeline. */
class ExtractiveHeadlinesTest {
    private final Pipeline pipeline = Pipelines.standard();

    private Processed article(String id, String title, String text, LocalDate published) {
        RawDocument raw = new RawDocument(id + ".txt", text.getBytes(StandardCharsets.UTF_8), Format.TEXT, null,
                new SourceHints(id, "https://news.example/" + id, title, published, null));
        Article a = ((Outcome.Ok<Article>) pipeline.extract(raw)).value();
        return pipeline.process(a);
    }

    private static Event eventOf(List<Processed> members) {
        return new Event("ev-x", members.stream().map(p -> p.article().id()).toList(), null, null, null, List.of(), null, List.of(), 1, "st-x");
    }

    private static Map<String, Processed> byId(List<Processed> members) {
        return members.stream().collect(java.util.stream.Collectors.toMap(p -> p.article().id(), p -> p));
    }

    @Test
    void anUntitledEventIsHeadedByTheCleanedLeadSentenceOfItsReportAndRecordsWhichArticle() {
        Processed untitled = article("u1", null, "NORVIK (Coast Wire) – Train drivers in Norvik returned to work on Monday after a "
                + "two-week strike over pay. The rail operator said services would be back to normal by Wednesday.", LocalDate.of(2024, 5, 6));
        assertThat(untitled.article().metadata().titleText()).as("the fixture is untitled").isEmpty();
        Event e = ExtractiveHeadlines.headlined(eventOf(List.of(untitled)), byId(List.of(untitled)));
        assertThat(e.headline()).isEqualTo("Train drivers in Norvik returned to work on Monday after a two-week strike over pay.");
        assertThat(e.headlineSource()).isEqualTo(new Event.HeadlineSource("u1", Event.HeadlineSource.Part.LEAD));
        assertThat(untitled.article().text()).contains(e.headline());
    }

    @Test
    void aTitledEventTakesTheTitleOfItsMostIndependentReport() {
        Processed later = article("b", "Strike ends on the Norvik line", "Train drivers went back to work in Norvik on Monday, ending a "
                + "strike that had halted trains along the coast for two weeks.", LocalDate.of(2024, 5, 7));
        Processed earlier = article("c", "Norvik drivers return", "After two weeks on strike, Norvik's train drivers returned on Monday "
                + "and the first trains left the central station at dawn.", LocalDate.of(2024, 5, 6));
        Processed untitled = article("a", null, "Drivers in Norvik are back at work after the strike ended on Monday with a pay deal.",
                LocalDate.of(2024, 5, 5));
        List<Processed> members = List.of(later, earlier, untitled);
        Event e = ExtractiveHeadlines.headlined(eventOf(members), byId(members));
        assertThat(e.headline()).isEqualTo("Norvik drivers return");
        assertThat(e.headlineSource()).isEqualTo(new Event.HeadlineSource("c", Event.HeadlineSource.Part.TITLE));
    }

    @Test
    void longLeadsAreCutAtAWordAndDatelinesAndBylinesRemoved() {
        assertThat(ExtractiveHeadlines.clean("By Mara Holt\nLISK, Vesna (Reuters) - The council met.")).isEqualTo("The council met.");
        assertThat(ExtractiveHeadlines.clean("BRENN: Wind farm approved.")).isEqualTo("Wind farm approved.");
        assertThat(ExtractiveHeadlines.clean("Ministers met in Brenn.")).isEqualTo("Ministers met in Brenn.");
        String words = "word ".repeat(60).strip() + ".";
        Processed p = article("long", null, words, null);
        String lead = ExtractiveHeadlines.lead(p).orElseThrow();
        assertThat(lead).endsWith("…").hasSizeLessThanOrEqualTo(ExtractiveHeadlines.MAX_CHARS + 1);
        assertThat(words).startsWith(lead.substring(0, lead.length() - 1));
    }
}
