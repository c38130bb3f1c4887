package org.newsgraph.eval.external;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsgraph.model.Outcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads PETRARCH2 validation records ({@code <Sentence date id><EventCoding sourcecode targetcode eventcode/>
 * <Text>...</Text></Sentence>}). A record whose codings are only {@code error} markers is left out (it documents a
 * known coder failure, not an expectation); {@code noevents} codings make a record that expects nothing.
 *
 * <p>Stateless and thread-safe. Text that is not well-formed XML, or a sentence without id or text, is a failed
 * outcome naming the location, never an exception.
 */
public final class PetrarchRecordReader {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** Up to {@code limit} records. */
    public Outcome<List<PetrarchRecord>> read(String xml, String location, int limit) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return Outcome.failed("malformed-xml", "not well-formed XML: " + e.getMessage(), location);
        }
        NodeList sentences = doc.getElementsByTagName("Sentence");
        List<PetrarchRecord> out = new ArrayList<>();
        for (int i = 0; i < sentences.getLength() && out.size() < limit; i++) {
            Element s = (Element) sentences.item(i);
            String id = s.getAttribute("id");
            NodeList texts = s.getElementsByTagName("Text");
            if (id.isBlank() || texts.getLength() == 0) {
                return Outcome.failed("missing-field", "sentence " + (i + 1) + " needs an id and a Text", location);
            }
            String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
            List<PetrarchRecord.Coding> codings = new ArrayList<>();
            boolean noEvents = false;
            boolean error = false;
            NodeList events = s.getElementsByTagName("EventCoding");
            for (int j = 0; j < events.getLength(); j++) {
                Element e = (Element) events.item(j);
                if (e.hasAttribute("noevents")) {
                    noEvents = true;
                } else if (e.hasAttribute("eventcode")) {
                    codings.add(new PetrarchRecord.Coding(e.getAttribute("sourcecode"), e.getAttribute("targetcode"), e.getAttribute("eventcode")));
                } else if (e.hasAttribute("error")) {
                    error = true;
                }
            }
            if (error && codings.isEmpty() && !noEvents) {
                continue;
            }
            out.add(new PetrarchRecord(id, date(s.getAttribute("date")), text, codings, noEvents && codings.isEmpty()));
        }
        return Outcome.ok(out);
    }

    private static LocalDate date(String yyyymmdd) {
        try {
            return LocalDate.parse(yyyymmdd, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
