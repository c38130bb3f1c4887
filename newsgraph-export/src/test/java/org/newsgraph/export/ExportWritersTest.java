package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.TimeValue;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ExportWritersTest {
    private static final ExportedEvent.Actor MINISTER = new ExportedEvent.Actor("Daniyar Seitkali", "person:daniyar-seitkali", "PERSON", "KAZ",
            List.of("foreign minister"));
    private static final ExportedEvent.Actor COUNTERPART = new ExportedEvent.Actor("Bakhrom Yusupov", "person:bakhrom-yusupov", "PERSON", "UZB",
            List.of("foreign minister"));
    private static final ExportedEvent.Actor COUNTRY = new ExportedEvent.Actor("Uzbekistan", "gpe:UZB", "GPE", "UZB", List.of());

    private static ExportedEvent event(String id, TimeValue date, String headline, List<ExportedEvent.Actor> actors) {
        Event e = new Event(id, List.of("a1", "a2"), date, "Astana", "CONSULT", actors.stream().map(ExportedEvent.Actor::name).toList(),
                headline, List.of("Steppe Wire", "Silk Road Observer"), 2, "st-1");
        return new ExportedEvent(e, "040", actors,
                List.of(new ExportedEvent.Source("a1", "Steppe Wire", "https://steppe.example/1", headline, "2024-03-12", null),
                        new ExportedEvent.Source("a2", "Silk Road Observer", null, headline, null, "a1")),
                List.of(new ExportedEvent.Evidence("a1", "The ministers met in Astana, \"as planned\".", 0, 44, "met", "CONSULT", "040",
                        "Daniyar Seitkali", "Bakhrom Yusupov", "2024-03-11", "Astana", 0.8, true)));
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
        StringWriter out = new StringWriter();
        new CsvExportWriter().write(List.of(event("ev-1", new TimeValue.Day(LocalDate.of(2024, 3, 11)), "Talks, \"round two\"\nbegin",
                List.of(MINISTER, COUNTERPART))), out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("event_id,date,place,type,cameo,actors");
        assertThat(out.toString()).contains("\"Talks, \"\"round two\"\"\nbegin\"");
        assertThat(out.toString()).contains("ev-1,2024-03-11,Astana,CONSULT,040,Daniyar Seitkali; Bakhrom Yusupov,2,2,");
    }

    @Test
    void gdeltRowsHaveOneCellPerColumnAndNeverInventADay() throws Exception {
        StringWriter out = new StringWriter();
        new GdeltExportWriter().write(List.of(
                event("ev-1", new TimeValue.Day(LocalDate.of(2024, 3, 11)), "Talks", List.of(MINISTER, COUNTRY)),
                event("ev-2", new TimeValue.UnresolvedWeekday(java.time.DayOfWeek.SATURDAY), "Tab\tin title", List.of(MINISTER))), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        for (String line : lines) {
            assertThat(line.split("\t", -1)).hasSize(GdeltExportWriter.COLUMNS.size());
        }
        String[] first = lines.get(1).split("\t", -1);
        assertThat(first[1]).isEqualTo("20240311");
        assertThat(first[2]).isEqualTo("KAZGOV");
        assertThat(first[6]).isEqualTo("UZBGOV");
        assertThat(first[11]).isEqualTo("040");
        assertThat(first[14]).isEqualTo("1");
        assertThat(lines.get(2).split("\t", -1)[1]).isEmpty();
    }

    @Test
    void graphmlIsValidXmlWithWeightedActorEdges() throws Exception {
        StringWriter out = new StringWriter();
        new GraphmlExportWriter().write(List.of(
                event("ev-1", null, "a", List.of(MINISTER, COUNTERPART)),
                event("ev-2", null, "b", List.of(COUNTERPART, MINISTER, COUNTRY))), out);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(3);
        assertThat(out.toString()).contains("<data key=\"weight\">2.0</data>").contains("ev-1 ev-2");
    }

    @Test
    void jsonCarriesEvidenceAndSources() throws Exception {
        StringWriter out = new StringWriter();
        new JsonExportWriter().write(List.of(event("ev-1", new TimeValue.Day(LocalDate.of(2024, 3, 11)), "Talks", List.of(MINISTER))), out);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(tree.get(0).path("evidence").get(0).path("trigger").asText()).isEqualTo("met");
        assertThat(tree.get(0).path("sources").get(1).path("copyOf").asText()).isEqualTo("a1");
        assertThat(tree.get(0).path("event").path("date").path("date").asText()).isEqualTo("2024-03-11");
    }

    @Test
    void filterRejectsAnInvertedDateRange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExportFilter(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), null, null, 0))
                .hasMessageContaining("before");
    }
}
