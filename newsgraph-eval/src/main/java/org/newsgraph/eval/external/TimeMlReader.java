package org.newsgraph.eval.external;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Span;

/**
 * Reads TimeML 1.2 ({@code .tml}) documents: the DCT, the text of the {@code TEXT} element with all markup
 * removed, and the TIMEX3 inside it with their offsets into that text. Other annotations (events, links) are
 * ignored. Stateless and thread-safe; a file that is not well-formed XML or has no {@code TEXT} element is a
 * failed outcome naming the file, never an exception.
 */
public final class TimeMlReader {
    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Every {@code *.tml} file of a folder, in name order; the first bad file fails the whole read. */
    public Outcome<List<TimeMlDocument>> readFolder(Path folder, int limit) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().limit(limit).toList();
        } catch (IOException e) {
            return Outcome.failed("unreadable", "cannot list the folder: " + e.getMessage(), folder.toString());
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        for (Path file : files) {
            String xml;
            try {
                xml = Files.readString(file);
            } catch (IOException e) {
                return Outcome.failed("unreadable", "cannot read the file: " + e.getMessage(), file.toString());
            }
            Outcome<TimeMlDocument> doc = read(xml, file.getFileName().toString());
            if (doc instanceof Outcome.Failed<TimeMlDocument> f) {
                return new Outcome.Failed<>(f.problem());
            }
            docs.add(((Outcome.Ok<TimeMlDocument>) doc).value());
        }
        return Outcome.ok(docs);
    }

    /** One document from its XML; {@code location} names it in problems and serves as id without a DOCID. */
    public Outcome<TimeMlDocument> read(String xml, String location) {
        if (xml == null || xml.isBlank()) {
            return Outcome.failed("empty", "the document is empty", location);
        }
        try {
            XMLStreamReader in = FACTORY.createXMLStreamReader(new StringReader(xml));
            try {
                return parse(in, location);
            } finally {
                in.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Outcome.failed("malformed-xml", "not well-formed TimeML: " + e.getMessage(), location);
        }
    }

    private static Outcome<TimeMlDocument> parse(XMLStreamReader in, String location) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        StringBuilder docId = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        LocalDate created = null;
        boolean inText = false;
        boolean sawText = false;
        boolean inDct = false;
        boolean inDocId = false;
        int timexStart = -1;
        String type = null;
        String value = null;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = in.getLocalName();
                switch (name) {
                    case "TEXT" -> {
                        inText = true;
                        sawText = true;
                    }
                    case "DCT" -> inDct = true;
                    case "DOCID" -> inDocId = true;
                    case "TIMEX3" -> {
                        if (inDct) {
                            created = day(in.getAttributeValue(null, "value"));
                        } else if (inText) {
                            timexStart = text.length();
                            type = in.getAttributeValue(null, "type");
                            value = in.getAttributeValue(null, "value");
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (in.getLocalName()) {
                    case "TEXT" -> inText = false;
                    case "DCT" -> inDct = false;
                    case "DOCID" -> inDocId = false;
                    case "TIMEX3" -> {
                        if (inText && timexStart >= 0) {
                            timexes.add(new GoldTimex(new Span(timexStart, text.length()), type, value));
                        }
                        timexStart = -1;
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (inText) {
                    text.append(in.getText());
                } else if (inDocId) {
                    docId.append(in.getText());
                }
            }
        }
        if (!sawText) {
            return Outcome.failed("no-text", "the document has no TEXT element", location);
        }
        String id = docId.toString().strip();
        return Outcome.ok(new TimeMlDocument(id.isEmpty() ? location : id, created, text.toString(), timexes));
    }

    private static LocalDate day(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
