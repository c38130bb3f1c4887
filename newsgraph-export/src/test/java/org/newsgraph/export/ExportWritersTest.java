package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.TimeValue;
import org.newsgraph.store.codec.Json;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Each export format checked against its published layout, over invented events. */
class ExportWritersTest {
    private static final ExportedEvent.Actor MINISTER = new ExportedEvent.Actor("Daniyar Seitkali", "person:daniyar-seitkali", "PERSON", "KAZ",
            List.of("foreign minister"));
    private static final ExportedEvent.Actor COUNTERPART = new ExportedEvent.Actor("Bakhrom Yusupov", "person:bakhrom-yusupov", "PERSON", "UZB",
            List.of("foreign minister"));
    private static final ExportedEvent.Actor COUNTRY = new ExportedEvent.Actor("Uzbekistan", "gpe:UZB", "GPE", "UZB", List.of());
    private static final ExportedEvent.Actor NOBODY_KNOWN = new ExportedEvent.Actor("Sara Vell", "person:sara-vell", "PERSON", null, List.of("farmer"));
    private static final PlaceLocator ASTANA = place -> place.equals("Astana")
            ? Optional.of(new GeoPoint("Astana", 51.17, 71.45, false)) : Optional.empty();

    private static ExportedEvent event(String id, TimeValue date, String headline, ExportedEvent.Actor source, ExportedEvent.Actor target,
                                       String place, String cameo) {
        List<ExportedEvent.Actor> actors = new ArrayList<>();
        if (source != null) {
            actors.add(source);
        }
        if (target != null) {
            actors.add(target);
        }
        Event e = new Event(id, List.of("a1", "a2"), date, place, "CONSULT", actors.stream().map(ExportedEvent.Actor::name).toList(),
                headline, List.of("Steppe Wire", "Silk Road Observer"), 2, "st-1");
        return new ExportedEvent(e, cameo, source, target, actors,
                List.of(new ExportedEvent.Source("a1", "Steppe Wire", "https://www.steppe.example/1", headline, "2024-03-12", null, 400),
                        new ExportedEvent.Source("a2", "Silk Road Observer", null, headline, null, "a1", 380)),
                List.of(new ExportedEvent.Evidence("a1", "The ministers met in Astana, \"as planned\".", 0, 44, 1, "met", 14, "CONSULT", cameo,
                        source == null ? null : source.name(), target == null ? null : target.name(), "2024-03-11", place, 0.8, true)));
    }

    private static String write(ExportFormat format, List<ExportedEvent> events, int[] left) throws Exception {
        StringWriter out = new StringWriter();
        int n = ExportWriter.forFormat(format, ASTANA).write(events, out);
        if (left != null) {
            left[0] = n;
        }
        return out.toString();
    }

    @Test
    void gdeltEventTableHasTheSixtyOnePublishedColumnsTypedRowByRowWithoutAHeaderAndLeavesUndatedEventsOut() throws Exception {
        assertThat(GdeltEventWriter.COLUMNS).hasSize(61)
                .containsExactlyElementsOf(GdeltLayout.EVENTS.stream().map(GdeltLayout.Column::name).toList());
        int[] left = new int[1];
        String table = write(ExportFormat.gdelt, List.of(
                event("ev-00000000abcd", new TimeValue.Day(LocalDate.of(2024, 3, 11)), "Talks", MINISTER, COUNTRY, "Astana", "040"),
                event("ev-2", new TimeValue.Day(LocalDate.of(2024, 12, 31)), "Tab\tin title", NOBODY_KNOWN, null, "Nowhere Town", "1712"),
                event("ev-3", new TimeValue.UnresolvedWeekday(DayOfWeek.SATURDAY), "Undated", MINISTER, null, null, "040")), left);
        GdeltLayout.check(table, GdeltLayout.EVENTS);
        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(left[0]).isEqualTo(1);
        String[] first = lines.get(0).split("\t", -1);
        assertThat(first[0]).isEqualTo(String.valueOf(0xabcdL));
        assertThat(List.of(first[1], first[2], first[3], first[4])).containsExactly("20240311", "202403", "2024", "2024.1913");
        assertThat(List.of(first[5], first[6], first[7], first[12])).containsExactly("KAZGOV", "DANIYAR SEITKALI", "KAZ", "GOV");
        assertThat(List.of(first[15], first[17], first[22])).containsExactly("UZB", "UZB", "");
        assertThat(List.of(first[25], first[26], first[27], first[28], first[29], first[30])).containsExactly("1", "040", "040", "04", "1", "1.0");
        assertThat(List.of(first[31], first[32], first[33], first[34])).containsExactly("1", "2", "2", "");
        assertThat(List.of(first[51], first[52], first[56], first[57])).containsExactly("4", "Astana", "51.1700", "71.4500");
        assertThat(List.of(first[59], first[60])).containsExactly("20240312000000", "https://www.steppe.example/1");
        String[] second = lines.get(1).split("\t", -1);
        assertThat(second[4]).isEqualTo("2024.9973");
        assertThat(List.of(second[5], second[7], second[12])).as("no country: the role alone, none here").containsExactly("", "", "");
        assertThat(List.of(second[26], second[27], second[28], second[29], second[30])).containsExactly("1712", "171", "17", "4", "-9.2");
        assertThat(List.of(second[51], second[52], second[56])).as("a place the gazetteer does not know").containsExactly("", "Nowhere Town", "");
    }

    @Test
    void gdeltMentionsTableHasSixteenTypedColumnsAndPointsAtTheEventTable() throws Exception {
        List<ExportedEvent> events = List.of(event("ev-00000000abcd", new TimeValue.Day(LocalDate.of(2024, 3, 11)), "Talks", MINISTER, COUNTERPART, "Astana", "040"),
                event("ev-3", null, "Undated", MINISTER, null, null, null));
        String mentions = write(ExportFormat.mentions, events, null);
        GdeltLayout.check(mentions, GdeltLayout.MENTIONS);
        List<String[]> rows = mentions.lines().map(l -> l.split("\t", -1)).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r[0]).isEqualTo(String.valueOf(0xabcdL)));
        assertThat(List.of(rows.get(0)[1], rows.get(0)[2], rows.get(0)[4], rows.get(0)[6], rows.get(0)[9], rows.get(0)[10], rows.get(0)[11], rows.get(0)[12]))
                .containsExactly("20240312000000", "20240312000000", "steppe.example", "1", "14", "1", "80", "400");
        assertThat(List.of(rows.get(1)[2], rows.get(1)[4], rows.get(1)[10])).containsExactly("", "Silk Road Observer", "0");
    }

    @Test
    void csvHasOneSchemaWithDateWeekdaySourceTargetCameoPlaceAndCoordinatesInSeparateColumns() throws Exception {
        String csv = write(ExportFormat.csv, List.of(
                event("ev-1", new TimeValue.Day(LocalDate.of(2024, 3, 11)), "Talks, \"round two\"\nbegin", MINISTER, COUNTERPART, "Astana", "040"),
                event("ev-2", new TimeValue.UnresolvedWeekday(DayOfWeek.SATURDAY), "=HYPERLINK(\"x\")", NOBODY_KNOWN, null, "Nowhere Town", null)), null);
        List<List<String>> rows = Rfc4180.parse(csv);
        assertThat(rows.get(0)).containsExactlyElementsOf(CsvExportWriter.HEADER);
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(CsvExportWriter.HEADER.size()));
        List<String> first = rows.get(1);
        assertThat(first.subList(0, 11)).containsExactly("ev-1", "2024-03-11", "Monday", "2024-03-11", "CONSULT", "040",
                "Daniyar Seitkali", "Bakhrom Yusupov", "Astana", "51.1700", "71.4500");
        assertThat(first.get(12)).isEqualTo("Talks, \"round two\"\nbegin");
        List<String> second = rows.get(2);
        assertThat(second.subList(0, 11)).containsExactly("ev-2", "", "Saturday", "Saturday", "CONSULT", "", "Sara Vell", "", "Nowhere Town", "", "");
        assertThat(second.get(12)).as("formulas are defused").isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvExportWriter.cell("-73.5")).as("numbers are not").isEqualTo("-73.5");
    }

    @Test
    void graphmlIsADirectedGraphWithOneTypedDatedEdgePerEventFromSourceToTarget() throws Exception {
        String xml = write(ExportFormat.graphml, List.of(
                event("ev-1", new TimeValue.Day(LocalDate.of(2024, 3, 11)), "Talks", MINISTER, COUNTERPART, "Astana", "040"),
                event("ev-2", null, "Return visit", COUNTERPART, MINISTER, null, "042"),
                event("ev-3", null, "Alone", COUNTRY, null, null, null)), null);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        Element graph = (Element) doc.getElementsByTagNameNS(ns, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
        NodeList keys = doc.getElementsByTagNameNS(ns, "key");
        List<String> keyIds = new ArrayList<>();
        for (int i = 0; i < keys.getLength(); i++) {
            keyIds.add(((Element) keys.item(i)).getAttribute("id"));
        }
        NodeList data = doc.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(keyIds).contains(((Element) data.item(i)).getAttribute("key"));
        }
        assertThat(doc.getElementsByTagNameNS(ns, "node").getLength()).isEqualTo(2);
        NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
        assertThat(edges.getLength()).isEqualTo(2);
        Element talks = (Element) edges.item(0);
        assertThat(talks.getAttribute("source")).isEqualTo("person:daniyar-seitkali");
        assertThat(talks.getAttribute("target")).isEqualTo("person:bakhrom-yusupov");
        assertThat(dataOf(talks, ns)).contains("event_id=ev-1", "type=CONSULT", "cameo=040", "date=2024-03-11", "goldstein=1.0");
        Element back = (Element) edges.item(1);
        assertThat(back.getAttribute("source")).isEqualTo("person:bakhrom-yusupov");
        assertThat(dataOf(back, ns)).doesNotContain("date=2024-03-11").contains("cameo=042", "goldstein=1.9");
        Element node = (Element) doc.getElementsByTagNameNS(ns, "node").item(0);
        assertThat(dataOf(node, ns)).contains("label=Daniyar Seitkali", "country=KAZ", "actor_code=KAZGOV", "events=2");
    }

    private static List<String> dataOf(Element e, String ns) {
        List<String> out = new ArrayList<>();
        NodeList data = e.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < data.getLength(); i++) {
            out.add(((Element) data.item(i)).getAttribute("key") + "=" + data.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void jsonLinesAreTheApiEventRecordsOnePerLine() throws Exception {
        ExportedEvent one = event("ev-1", new TimeValue.Day(LocalDate.of(2024, 3, 11)), "Talks", MINISTER, COUNTERPART, "Astana", "040");
        ExportedEvent two = event("ev-2", null, "More talks", COUNTERPART, null, null, null);
        List<String> lines = write(ExportFormat.jsonl, List.of(one, two), null).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(Json.read(lines.get(0), Event.class)).isEqualTo(one.event());
        assertThat(Json.read(lines.get(1), Event.class)).isEqualTo(two.event());
    }

    @Test
    void jsonCarriesEvidenceSourcesAndWhoDidWhatToWhom() throws Exception {
        String json = write(ExportFormat.json, List.of(event("ev-1", new TimeValue.Day(LocalDate.of(2024, 3, 11)), "Talks", MINISTER, COUNTERPART, "Astana", "040")), null);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.get(0).path("evidence").get(0).path("trigger").asText()).isEqualTo("met");
        assertThat(tree.get(0).path("sources").get(1).path("copyOf").asText()).isEqualTo("a1");
        assertThat(tree.get(0).path("source").path("name").asText()).isEqualTo("Daniyar Seitkali");
        assertThat(tree.get(0).path("target").path("name").asText()).isEqualTo("Bakhrom Yusupov");
        assertThat(tree.get(0).path("event").path("date").path("date").asText()).isEqualTo("2024-03-11");
    }

    @Test
    void goldsteinValuesComeFromTheTableAndSubCodesTakeTheirBaseCodesValueUnlessListed() {
        assertThat(GoldsteinScale.of("040")).contains(1.0);
        assertThat(GoldsteinScale.of("016")).contains(-2.0);
        assertThat(GoldsteinScale.of("0871")).isEqualTo(GoldsteinScale.of("087")).contains(9.0);
        assertThat(GoldsteinScale.of("0874")).contains(10.0);
        assertThat(GoldsteinScale.of("1823")).contains(-10.0);
        assertThat(GoldsteinScale.of("182")).contains(-9.5);
        assertThat(GoldsteinScale.of("190")).contains(-10.0);
        assertThat(GoldsteinScale.of("abc")).isEmpty();
        assertThat(GoldsteinScale.of(null)).isEmpty();
        assertThat(GdeltIds.globalEventId("ev-ffffffffffff")).isEqualTo(0xffffffffffffL);
        assertThat(GdeltIds.globalEventId("some-other-id")).isEqualTo(GdeltIds.globalEventId("some-other-id")).isPositive();
    }

    @Test
    void actorCodesAreTheCountryAloneForAStateAndCountryPlusRoleForPeople() {
        assertThat(ActorCodes.of(COUNTRY).code()).isEqualTo("UZB");
        assertThat(ActorCodes.of(MINISTER).code()).isEqualTo("KAZGOV");
        assertThat(ActorCodes.of(new ExportedEvent.Actor("X", null, "PERSON", null, List.of("army general"))).code()).isEqualTo("MIL");
        assertThat(ActorCodes.of(new ExportedEvent.Actor("X", null, "PERSON", "KAZ", List.of("generally quiet"))).code()).isEqualTo("KAZ");
    }

    @Test
    void filterRejectsAnInvertedDateRange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExportFilter(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), null, null, 0))
                .hasMessageContaining("before");
    }
}
