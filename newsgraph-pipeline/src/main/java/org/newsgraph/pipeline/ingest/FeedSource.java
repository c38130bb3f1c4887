package org.newsgraph.pipeline.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.newsgraph.model.Format;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/**
 * Reads one RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item or entry with a body becomes a document.
 *
 * <p>The body is {@code content:encoded} or Atom {@code content}, else {@code description} or Atom
 * {@code summary}; it is {@link Format#HTML} when the feed says so or it holds markup, {@link Format#TEXT}
 * otherwise. The hints carry the item's id ({@code guid}, Atom {@code id}, {@code rdf:about}, else the link), link,
 * title, publication day ({@code pubDate}, {@code dc:date}, Atom {@code published}, else {@code updated}; see
 * {@link FeedDates}; no date when unreadable) and outlet (the item's own {@code source}, else the feed's title).
 *
 * <p>The XML is read with the JDK's StAX parser with DTD processing and external entities off, and a document with
 * a DOCTYPE is refused as {@code dtd-refused}: that is where entity-expansion bombs and external entities live,
 * and no feed needs one. Bytes invalid in the feed's encoding become U+FFFD. A
 * document that is not a feed is {@code not-a-feed}; broken XML gives the items read before the break and one
 * {@code malformed-feed} problem; an item without a body is {@code no-body}; a feed without items is
 * {@code empty-feed}. Nothing is thrown. Not thread-safe; read once.
 */
public final class FeedSource implements Source {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String RSS_1 = "http://purl.org/rss/1.0/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z][A-Za-z0-9]*[\\s/>]|&(?:#\\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);");

    private final InputStream in;
    private final String location;
    private final IngestLimits limits;

    /**
     * @param in       the feed's bytes; a byte-order mark or the XML declaration names the encoding, else UTF-8;
     *                 the caller closes it
     * @param location names the feed in problems and locations, e.g. its path; items are {@code location#n}
     */
    public FeedSource(InputStream in, String location, IngestLimits limits) {
        this.in = in;
        this.location = location;
        this.limits = limits;
    }

    /**
     * Whether {@code head} (the first bytes of a document) starts like a feed: its root element, after any XML
     * declaration, comments, processing instructions and DOCTYPE, is {@code rss}, {@code feed} or {@code RDF}
     * (with any prefix). Any bytes give an answer.
     */
    public static boolean looksLikeFeed(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.startsWith("<!", i)) {
                int bracket = text.indexOf('[', i);
                int close = text.indexOf('>', i);
                i = bracket >= 0 && (close < 0 || bracket < close) ? after(text, "]>", bracket) : after(text, ">", i);
            } else if (c == '<') {
                int end = i + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                        && text.charAt(end) != '/') {
                    end++;
                }
                String name = text.substring(i + 1, end);
                String local = name.substring(name.indexOf(':') + 1);
                return local.equals("rss") || local.equals("feed") || local.equals("RDF");
            } else {
                return false;
            }
        }
        return false;
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        List<Entry> entries = new ArrayList<>();
        Feed feed = new Feed();
        Problem stopped;
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(FeedEncoding.reader(in));
            stopped = parse(reader, feed, entries);
        } catch (XMLStreamException | RuntimeException e) {
            stopped = new Problem("malformed-feed", "the XML is broken" + (e.getMessage() == null ? "" : ": " + lastLine(e.getMessage())),
                    location);
        } finally {
            close(reader);
        }
        for (int i = 0; i < entries.size(); i++) {
            sink.accept(document(entries.get(i), feed, location + "#" + (i + 1)));
        }
        if (stopped != null) {
            sink.accept(new SourceItem.Skipped(stopped));
        } else if (entries.isEmpty()) {
            sink.accept(FileSource.skipped("empty-feed", "the feed has no items", location));
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was kept open that matters: the caller owns the stream
            }
        }
    }

    private static String lastLine(String message) {
        String line = message.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(message).strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // No DTD is ever read, so the only entities are the five predefined ones and character references; the
        // JDK's size limits on them would cut long item bodies (its default is 100,000 characters per text).
        // Item bodies are bounded by IngestLimits instead.
        setIfKnown(factory, "jdk.xml.maxGeneralEntitySizeLimit", 0);
        setIfKnown(factory, "jdk.xml.totalEntitySizeLimit", 0);
        factory.setXMLReporter((message, type, info, where) -> {
            // errors surface as exceptions and become problems; nothing is printed
        });
        return factory;
    }

    private static void setIfKnown(XMLInputFactory factory, String property, int value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException unknown) {
            // an older or other StAX implementation: its own defaults apply
        }
    }

    /** Reads the whole feed; returns {@code null} when done, or the problem that stopped it. */
    private Problem parse(XMLStreamReader r, Feed feed, List<Entry> entries) throws XMLStreamException {
        Deque<String> path = new ArrayDeque<>();
        boolean atom = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                return new Problem("dtd-refused",
                        "the document has a DOCTYPE; feeds are read without DTDs, which can expand entities or read files", location);
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = namespace(r);
                String name = r.getLocalName();
                if (path.isEmpty()) {
                    boolean rss = ns.isEmpty() && name.equals("rss");
                    boolean rdf = ns.equals(RDF) && name.equals("RDF");
                    atom = ns.equals(ATOM) && name.equals("feed");
                    if (!rss && !rdf && !atom) {
                        return new Problem("not-a-feed", "the root element is " + name + ", not rss, RDF or feed", location);
                    }
                    path.push(name);
                } else if (isItem(ns, name, atom)) {
                    entries.add(readItem(r, atom));
                } else if (name.equals("title") && feed.title == null
                        && (path.peek().equals("channel") || (atom && path.size() == 1))) {
                    feed.title = plain(readContent(r, limits.maxDocumentBytes()));
                } else {
                    path.push(name);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                path.pop();
            }
        }
        return null;
    }

    private static boolean isItem(String ns, String name, boolean atom) {
        return atom ? ns.equals(ATOM) && name.equals("entry") : name.equals("item") && (ns.isEmpty() || ns.equals(RSS_1));
    }

    private static String namespace(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** Reads one item or entry, leaving the reader on its end tag. */
    private Entry readItem(XMLStreamReader r, boolean atom) throws XMLStreamException {
        Entry e = new Entry();
        e.about = r.getAttributeValue(RDF, "about");
        long max = limits.maxDocumentBytes();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return e;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity reference inside an item");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = namespace(r);
            String name = r.getLocalName();
            String type = keyword(r, "type");
            if (ns.equals(CONTENT) && name.equals("encoded")) {
                e.content = readContent(r, max);
                e.contentIsHtml = true;
            } else if (ns.equals(DUBLIN_CORE) && name.equals("date")) {
                e.dcDate = readContent(r, max);
            } else if (atom && ns.equals(ATOM)) {
                switch (name) {
                    case "id" -> e.guid = readContent(r, max);
                    case "title" -> e.title = readContent(r, max);
                    case "link" -> {
                        String rel = keyword(r, "rel");
                        String href = attribute(r, "href");
                        if (href != null && (rel == null || rel.equals("alternate")) && (e.link == null || rel != null)) {
                            e.link = href;
                        }
                        skip(r);
                    }
                    case "published" -> e.published = readContent(r, max);
                    case "updated" -> e.updated = readContent(r, max);
                    case "summary" -> {
                        e.summary = readContent(r, max);
                        e.summaryType = type;
                    }
                    case "content" -> {
                        String src = attribute(r, "src");
                        String body = readContent(r, max);
                        if (src == null && (type == null || type.equals("text") || type.equals("html") || type.equals("xhtml")
                                || type.startsWith("text/"))) {
                            e.content = body;
                            e.contentType = type;
                        }
                    }
                    default -> skip(r);
                }
            } else if (!atom && (ns.isEmpty() || ns.equals(RSS_1))) {
                switch (name) {
                    case "title" -> e.title = readContent(r, max);
                    case "link" -> e.link = readContent(r, max);
                    case "guid" -> {
                        e.guidIsLink = !"false".equals(keyword(r, "isPermaLink"));
                        e.guid = readContent(r, max);
                    }
                    case "pubDate" -> e.published = readContent(r, max);
                    case "description" -> e.summary = readContent(r, max);
                    case "source" -> e.source = readContent(r, max);
                    default -> skip(r);
                }
            } else {
                skip(r);
            }
        }
        return e;
    }

    private static String attribute(XMLStreamReader r, String name) {
        String value = r.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An attribute whose values are keywords ({@code type}, {@code rel}), lower-cased. */
    private static String keyword(XMLStreamReader r, String name) {
        String value = attribute(r, name);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        skipTo(r, 1);
    }

    /** Reads past the end tag that closes {@code depth} open elements. */
    private static void skipTo(XMLStreamReader r, int open) throws XMLStreamException {
        int depth = open;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity reference");
            }
        }
    }

    /**
     * The content of the current element: its text, or, when it has child elements (Atom XHTML content, HTML
     * pasted unescaped), its text and children written back as markup. Leaves the reader on the element's end
     * tag. Content longer than {@code max} characters gives {@link #TOO_LONG}.
     */
    private static String readContent(XMLStreamReader r, long max) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        StringBuilder markup = new StringBuilder();
        boolean children = false;
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text.append(r.getText());
                    markup.append(escape(r.getText()));
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    children = true;
                    markup.append('<').append(r.getLocalName());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        markup.append(' ').append(r.getAttributeLocalName(i)).append("=\"").append(escape(r.getAttributeValue(i))).append('"');
                    }
                    markup.append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        markup.append("</").append(r.getLocalName()).append('>');
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException("entity reference");
                default -> {
                }
            }
            if (markup.length() > max) {
                if (depth > 0) {
                    skipTo(r, depth);
                }
                return TOO_LONG;
            }
        }
        return children ? markup.toString() : text.toString();
    }

    /** Marks content that was too long to keep. */
    private static final String TOO_LONG = new String("\u0000too-long");

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private SourceItem document(Entry e, Feed feed, String where) {
        boolean useContent = e.content != null && !e.content.isBlank();
        String body = useContent ? e.content : e.summary;
        if (body == TOO_LONG) {
            return FileSource.skipped("too-large", "the item's body exceeds " + limits.maxDocumentBytes() + " characters", where);
        }
        if (body == null || body.isBlank()) {
            return FileSource.skipped("no-body", "the item has no description or content", where);
        }
        String type = useContent ? e.contentType : e.summaryType;
        boolean html;
        if (useContent && e.contentIsHtml) {
            html = true;
        } else if (type != null) {
            html = type.equals("html") || type.equals("xhtml") || type.contains("html");
        } else {
            html = MARKUP.matcher(body).find();
        }
        String link = clean(e.link);
        String guid = clean(e.guid);
        if (link == null && guid != null && e.guidIsLink && guid.regionMatches(true, 0, "http", 0, 4)) {
            link = guid;
        }
        String id = guid != null ? guid : clean(e.about) != null ? clean(e.about) : link;
        String date = e.published != null ? e.published : e.dcDate != null ? e.dcDate : e.updated;
        String outlet = clean(plain(e.source));
        SourceHints hints = new SourceHints(id, link, clean(plain(e.title)), FeedDates.parse(date),
                outlet != null ? outlet : clean(feed.title));
        return new SourceItem.Document(new RawDocument(where, body.getBytes(StandardCharsets.UTF_8),
                html ? Format.HTML : Format.TEXT, "UTF-8", hints));
    }

    private static String clean(String s) {
        if (s == null || s == TOO_LONG) {
            return null;
        }
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The text of a field that may hold markup or character references (titles, outlet names). */
    private static String plain(String s) {
        if (s == null || s == TOO_LONG || !MARKUP.matcher(s).find()) {
            return s == TOO_LONG ? null : s;
        }
        return Jsoup.parse(s).text();
    }

    /** The feed-level facts read so far. */
    private static final class Feed {
        String title;
    }

    /** One item's fields as read, before they become hints. */
    private static final class Entry {
        String about;
        String guid;
        boolean guidIsLink = true;
        String link;
        String title;
        String published;
        String dcDate;
        String updated;
        String summary;
        String summaryType;
        String content;
        String contentType;
        boolean contentIsHtml;
        String source;
    }
}
