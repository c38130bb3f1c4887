package org.newsgraph.pipeline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsgraph.model.Problem;

/**
 * One sitemap (the sitemaps.org protocol 0.9): a {@code urlset} lists pages, a {@code sitemapindex} lists further
 * sitemaps. A page may carry {@code lastmod} and the news extension ({@code news:title},
 * {@code news:publication_date}, {@code news:publication/news:name}), which become the page's hints.
 *
 * <p>{@link #read} never throws. A gzip-compressed sitemap is inflated (at most {@value #MAX_BYTES} bytes, the
 * protocol's limit is 50 MB); the XML is read with DTDs and external entities off and a DOCTYPE is refused; at
 * most {@value #MAX_ENTRIES} entries are kept (the protocol's limit). As the protocol asks, an entry whose URL is not
 * http(s) or is on another host than the sitemap's own is left out, and counted in a problem, so a sitemap cannot
 * send the fetcher to other hosts. Immutable.
 *
 * @param pages    the pages of a {@code urlset}, in document order
 * @param children the sitemaps of a {@code sitemapindex}, in document order
 * @param problems what was wrong or left out, in words a user understands
 */
public record Sitemap(List<Page> pages, List<URI> children, List<Problem> problems) {
    static final int MAX_BYTES = 64 * 1024 * 1024;
    static final int MAX_ENTRIES = 50_000;
    static final String PROTOCOL = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    /**
     * A page a sitemap lists; every field but {@code url} may be null.
     *
     * @param lastModified the {@code lastmod} text as written (compared as text between rounds)
     */
    public record Page(URI url, String lastModified, String title, LocalDate published, String outlet) {
    }

    public Sitemap {
        pages = List.copyOf(pages);
        children = List.copyOf(children);
        problems = List.copyOf(problems);
    }

    /** The sitemap in {@code body}, fetched from {@code from} (whose host its entries must share). */
    public static Sitemap read(byte[] body, URI from) {
        String location = from.toString();
        List<Page> pages = new ArrayList<>();
        List<URI> children = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (body.length == 0) {
            return new Sitemap(pages, children, List.of(new Problem("empty-sitemap", "the sitemap is empty", location)));
        }
        XMLStreamReader reader = null;
        Counts counts = new Counts();
        try (InputStream in = open(body)) {
            reader = factory().createXMLStreamReader(FeedEncoding.reader(in));
            parse(reader, from, pages, children, counts, problems, location);
        } catch (IOException e) {
            problems.add(new Problem("malformed-sitemap", "the compressed sitemap is broken or larger than " + MAX_BYTES + " bytes", location));
        } catch (XMLStreamException | RuntimeException e) {
            String detail = e.getMessage() == null ? "" : ": " + lastLine(e.getMessage());
            problems.add(new Problem("malformed-sitemap", "the XML is broken" + detail
                    + (pages.isEmpty() && children.isEmpty() ? "" : "; the entries before the break are kept"), location));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was written; the parser has nothing to flush
                }
            }
        }
        if (counts.otherHost > 0) {
            problems.add(new Problem("sitemap-other-host", counts.otherHost + " entries point to another host than "
                    + from.getHost() + " and were left out (a sitemap may list only its own host's pages)", location));
        }
        if (counts.badUrl > 0) {
            problems.add(new Problem("sitemap-bad-url", counts.badUrl + " entries have no http(s) URL and were left out", location));
        }
        if (counts.overLimit > 0) {
            problems.add(new Problem("sitemap-too-long", counts.overLimit + " entries beyond the first " + MAX_ENTRIES
                    + " were left out", location));
        }
        return new Sitemap(pages, children, problems);
    }

    private static final class Counts {
        int otherHost;
        int badUrl;
        int overLimit;
    }

    private static InputStream open(byte[] body) throws IOException {
        InputStream raw = new ByteArrayInputStream(body);
        if (body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            byte[] inflated;
            try (InputStream gz = new GZIPInputStream(raw)) {
                inflated = gz.readNBytes(MAX_BYTES + 1);
            }
            if (inflated.length > MAX_BYTES) {
                throw new IOException("too large");
            }
            return new ByteArrayInputStream(inflated);
        }
        return raw;
    }

    private static void parse(XMLStreamReader r, URI from, List<Page> pages, List<URI> children, Counts counts,
                              List<Problem> problems, String location) throws XMLStreamException {
        String root = null;
        String loc = null;
        String lastmod = null;
        String title = null;
        String published = null;
        String outlet = null;
        boolean inEntry = false;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.DTD) {
                throw new XMLStreamException("a sitemap with a DOCTYPE is refused");
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                if (root == null) {
                    root = name;
                    if (!name.equals("urlset") && !name.equals("sitemapindex")) {
                        problems.add(new Problem("not-a-sitemap", "the document is not a sitemap (its root is <" + clip(name) + ">)", location));
                        return;
                    }
                    continue;
                }
                boolean news = ns.equals(NEWS);
                boolean core = ns.isEmpty() || ns.equals(PROTOCOL); // not image:loc, video:loc and the like
                if (core && (name.equals("url") || name.equals("sitemap"))) {
                    inEntry = true;
                    loc = lastmod = title = published = outlet = null;
                } else if (inEntry && core && name.equals("loc")) {
                    loc = r.getElementText().strip();
                } else if (inEntry && core && name.equals("lastmod")) {
                    lastmod = r.getElementText().strip();
                } else if (inEntry && news && name.equals("title")) {
                    title = r.getElementText().strip();
                } else if (inEntry && news && name.equals("publication_date")) {
                    published = r.getElementText().strip();
                } else if (inEntry && news && name.equals("name")) {
                    outlet = r.getElementText().strip();
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && inEntry
                    && (r.getLocalName().equals("url") || r.getLocalName().equals("sitemap"))
                    && (r.getNamespaceURI() == null || r.getNamespaceURI().isEmpty() || r.getNamespaceURI().equals(PROTOCOL))) {
                inEntry = false;
                URI url = checked(loc, from, counts);
                if (url == null) {
                    continue;
                }
                if (pages.size() + children.size() >= MAX_ENTRIES) {
                    counts.overLimit++;
                } else if (root.equals("sitemapindex")) {
                    children.add(url);
                } else {
                    pages.add(new Page(url, blankToNull(lastmod), blankToNull(title),
                            published == null ? null : IsoDates.parse(published), blankToNull(outlet)));
                }
            }
        }
        if (root == null) {
            problems.add(new Problem("not-a-sitemap", "the document holds no XML element", location));
        }
    }

    /** The entry's URL when it is an absolute http(s) URL on the sitemap's host; null (and counted) otherwise. */
    private static URI checked(String loc, URI from, Counts counts) {
        if (loc == null || loc.isEmpty()) {
            counts.badUrl++;
            return null;
        }
        URI url;
        try {
            url = new URI(loc).normalize();
        } catch (java.net.URISyntaxException e) {
            counts.badUrl++;
            return null;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            counts.badUrl++;
            return null;
        }
        if (!url.getHost().equalsIgnoreCase(from.getHost()) || url.getPort() != from.getPort()) {
            counts.otherHost++;
            return null;
        }
        return url;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static String lastLine(String message) {
        String[] lines = message.strip().split("\n");
        return clip(lines[lines.length - 1].strip());
    }

    private static String clip(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
