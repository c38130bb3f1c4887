package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The actor network as GraphML (opens in Gephi, yEd, networkx): a node per actor (label, type, country), an
 * undirected edge per pair of actors that share events, weighted by the number of events, with the event ids.
 */
final class GraphmlExportWriter implements ExportWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private record Node(String id, String label, String type, String country, int events) {
    }

    @Override
    public void write(List<ExportedEvent> events, Writer out) throws IOException {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Integer> weights = new TreeMap<>();
        Map<String, StringBuilder> eventIds = new TreeMap<>();
        for (ExportedEvent x : events) {
            List<ExportedEvent.Actor> actors = x.actors();
            for (ExportedEvent.Actor a : actors) {
                String id = nodeId(a);
                Node old = nodes.get(id);
                nodes.put(id, new Node(id, a.name(), a.type(), a.country(), old == null ? 1 : old.events() + 1));
            }
            for (int i = 0; i < actors.size(); i++) {
                for (int j = i + 1; j < actors.size(); j++) {
                    String s = nodeId(actors.get(i));
                    String t = nodeId(actors.get(j));
                    if (s.equals(t)) {
                        continue;
                    }
                    String key = s.compareTo(t) < 0 ? s + "\u0000" + t : t + "\u0000" + s;
                    weights.merge(key, 1, Integer::sum);
                    StringBuilder ids = eventIds.computeIfAbsent(key, k -> new StringBuilder());
                    ids.append(ids.isEmpty() ? "" : " ").append(x.event().id());
                }
            }
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "label", "string");
            key(xml, "type", "node", "type", "string");
            key(xml, "country", "node", "country", "string");
            key(xml, "events", "node", "events", "int");
            key(xml, "weight", "edge", "weight", "double");
            key(xml, "eventIds", "edge", "event_ids", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "actors");
            xml.writeAttribute("edgedefault", "undirected");
            for (Node n : nodes.values()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.id());
                data(xml, "label", n.label());
                data(xml, "type", n.type());
                data(xml, "country", n.country());
                data(xml, "events", String.valueOf(n.events()));
                xml.writeEndElement();
            }
            int edge = 0;
            for (Map.Entry<String, Integer> w : weights.entrySet()) {
                String[] ends = w.getKey().split("\u0000");
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + edge++);
                xml.writeAttribute("source", ends[0]);
                xml.writeAttribute("target", ends[1]);
                data(xml, "weight", String.valueOf(w.getValue().doubleValue()));
                data(xml, "eventIds", eventIds.get(w.getKey()).toString());
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
