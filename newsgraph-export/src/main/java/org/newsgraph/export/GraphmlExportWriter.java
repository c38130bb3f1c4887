package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Who did what to whom, as GraphML (opens in Gephi, yEd, networkx): a directed graph with a node per actor that is
 * the source or target of an event (attributes: label, entity type, ISO3 country, CAMEO actor code, number of
 * events) and one edge per event that has both, from its source to its target (attributes: event id, PLOVER type,
 * CAMEO code, Goldstein value, day {@code YYYY-MM-DD} or empty, the date as rendered, headline, independent
 * sources). Two events between the same actors are two parallel edges. Events without a source or a target give
 * no edge. Stateless and thread-safe.
 */
final class GraphmlExportWriter implements ExportWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private record Node(String id, ExportedEvent.Actor actor, int events) {
    }

    @Override
    public int write(List<ExportedEvent> events, Writer out) throws IOException {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<ExportedEvent> edges = events.stream().filter(x -> x.source() != null && x.target() != null).toList();
        for (ExportedEvent x : edges) {
            for (ExportedEvent.Actor a : List.of(x.source(), x.target())) {
                nodes.merge(nodeId(a), new Node(nodeId(a), a, 1), (old, n) -> new Node(old.id(), old.actor(), old.events() + 1));
            }
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "label", "string");
            key(xml, "entity_type", "node", "entity_type", "string");
            key(xml, "country", "node", "country", "string");
            key(xml, "actor_code", "node", "actor_code", "string");
            key(xml, "events", "node", "events", "int");
            key(xml, "event_id", "edge", "event_id", "string");
            key(xml, "type", "edge", "type", "string");
            key(xml, "cameo", "edge", "cameo", "string");
            key(xml, "goldstein", "edge", "goldstein", "double");
            key(xml, "date", "edge", "date", "string");
            key(xml, "date_text", "edge", "date_text", "string");
            key(xml, "headline", "edge", "headline", "string");
            key(xml, "sources", "edge", "independent_sources", "int");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "events");
            xml.writeAttribute("edgedefault", "directed");
            for (Node n : nodes.values()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id());
                data(xml, "label", n.actor().name());
                data(xml, "entity_type", n.actor().type());
                data(xml, "country", n.actor().country());
                String code = ActorCodes.of(n.actor()).code();
                data(xml, "actor_code", code.isEmpty() ? null : code);
                data(xml, "events", String.valueOf(n.events()));
                xml.writeEndElement();
            }
            for (ExportedEvent x : edges) {
                var e = x.event();
                xml.writeStartElement("edge");
                xml.writeAttribute("id", e.id());
                xml.writeAttribute("source", nodeId(x.source()));
                xml.writeAttribute("target", nodeId(x.target()));
                xml.writeAttribute("directed", "true");
                data(xml, "event_id", e.id());
                data(xml, "type", e.type());
                data(xml, "cameo", x.cameo());
                data(xml, "goldstein", GoldsteinScale.of(x.cameo()).map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse(null));
                data(xml, "date", e.date() == null ? null : e.date().day().map(LocalDate::toString).orElse(null));
                data(xml, "date_text", e.date() == null ? null : e.date().render());
                data(xml, "headline", e.headline());
                data(xml, "sources", String.valueOf(e.independentSources()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        return events.size() - edges.size();
    }

    private static String nodeId(ExportedEvent.Actor a) {
        return a.entityId() != null ? a.entityId() : "name:" + a.name();
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
