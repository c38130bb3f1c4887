package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines;

/**
 * The hard cases of event clustering, on invented articles through the whole default pipeline (language layer,
 * learned pair model, events merged as wholes).
 */
class LearnedClusteringTest {
    private record Doc(String id, String title, String text, LocalDate published) {
    }

    private static Map<String, String> cluster(List<Doc> docs) {
        Pipeline pipeline = Pipelines.standard();
        for (Doc d : docs) {
            RawDocument raw = new RawDocument("test:" + d.id(), d.text().getBytes(StandardCharsets.UTF_8), Format.TEXT, "UTF-8",
                    new SourceHints(d.id(), "https://news.example/" + d.id(), d.title(), d.published(), "Outlet " + d.id()));
            if (pipeline.extract(raw) instanceof Outcome.Ok<Article> ok) {
                pipeline.process(ok.value());
            }
        }
        return pipeline.clustering().eventOfArticle();
    }

    private static final String VISIT = "Norwegian envoy Karl Brandvik arrived in Tallinn on Tuesday and held talks with "
            + "Estonian Prime Minister Liina Tamm on energy links across the Baltic Sea. Brandvik said the two countries "
            + "would study a new undersea power cable. Tamm told reporters that Estonia wanted firm dates for the project.";

    @Test
    void oneOfficialsVisitsToTheSameCapitalInDifferentYearsAreDifferentEvents() {
        Map<String, String> events = cluster(List.of(
                new Doc("y1", "Brandvik meets Tamm in Tallinn", VISIT, LocalDate.of(2021, 3, 10)),
                new Doc("y2", "Brandvik back in Tallinn for talks with Tamm", VISIT.replace("energy links", "energy prices")
                        .replace("a new undersea power cable", "a second power cable"), LocalDate.of(2023, 5, 17)),
                new Doc("y3", "Norwegian envoy in Tallinn again", VISIT.replace("Estonian Prime Minister Liina Tamm", "Estonian "
                        + "Interior Minister Mart Kask").replace("Tamm told", "Kask told"), LocalDate.of(2024, 11, 6)),
                // undated, weekday only: it may join one visit, never glue two together
                new Doc("undated", "Brandvik holds talks with Tamm", "Karl Brandvik met Liina Tamm in Tallinn on Tuesday. The "
                        + "Norwegian envoy and the Estonian prime minister discussed energy links and a power cable.", null)));
        assertThat(List.of(events.get("y1"), events.get("y2"), events.get("y3"))).doesNotHaveDuplicates();
    }

    @Test
    void aTwoCityTripWithDifferentCounterpartsIsTwoEvents() {
        LocalDate published = LocalDate.of(2022, 6, 8);
        Map<String, String> events = cluster(List.of(
                new Doc("riga", "Brandvik meets Latvian president in Riga", "Norwegian envoy Karl Brandvik met Latvian President "
                        + "Andris Ozols in Riga on Monday to discuss security in the Baltic region. Ozols said Latvia welcomed "
                        + "closer defence ties with Norway.", published),
                new Doc("vilnius", "Brandvik meets Lithuanian premier in Vilnius", "Norwegian envoy Karl Brandvik met Lithuanian "
                        + "Prime Minister Ruta Petraitis in Vilnius on Tuesday to discuss security in the Baltic region. "
                        + "Petraitis said Lithuania welcomed closer defence ties with Norway.", published)));
        assertThat(events.get("riga")).isNotEqualTo(events.get("vilnius"));
    }

    @Test
    void fourOutletsReportingOneMeetingInTheirOwnWordsAreOneEvent() {
        LocalDate day = LocalDate.of(2022, 9, 15);
        Map<String, String> events = cluster(List.of(
                new Doc("o1", "Estonia and Latvia sign border accord", "The foreign ministers of Estonia and Latvia, Liina Tamm and "
                        + "Andris Ozols, signed an accord on their shared border in Riga on Thursday, ending a decade of talks.", day),
                new Doc("o2", "Tamm and Ozols seal border deal in Riga", "Liina Tamm and Andris Ozols put their names to a border "
                        + "treaty at a ceremony in the Latvian capital on Thursday. Tamm called it a good day for both nations.", day),
                new Doc("o3", "Baltic neighbours settle frontier dispute", "Estonia and Latvia settled their long frontier dispute "
                        + "on Thursday when ministers Tamm and Ozols signed a treaty in Riga, officials said.", day.plusDays(1)),
                new Doc("o4", "Border treaty signed between Estonia and Latvia", "A treaty fixing the border between Estonia and "
                        + "Latvia was signed in Riga on Thursday by foreign ministers Andris Ozols and Liina Tamm.", day.plusDays(1))));
        assertThat(events.values()).containsOnly(events.get("o1"));
    }

    @Test
    void theBundledModelReadsBackWhatItWrites() {
        PairModel model = PairModel.bundled();
        assertThat(PairModel.read(model.write())).usingRecursiveComparison().isEqualTo(model);
        assertThat(model.provenance()).contains("train-clusterer");
    }
}
