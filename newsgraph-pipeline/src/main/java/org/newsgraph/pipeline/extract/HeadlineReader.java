package org.newsgraph.pipeline.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Found;

/**
 * The title of an HTML page: the visible headline (an {@code <h1>} outside comments, sidebars and teasers) when it
 * matches a title the markup states ({@code og:title}, JSON-LD {@code headline}, {@code <title>}: half of its words
 * or more are the markup title's), or when it is the page's only headline and the markup title is missing or is the
 * site's name; otherwise the markup title with the site's name cut off. A leading or trailing part after a usual
 * separator ({@code " | "}, {@code " - "}, {@code " – "}, {@code " » "} ...) is cut only with evidence that it
 * names the site: it matches {@code og:site_name} or the publisher, its words spell the host name, or it is written
 * in the page's masthead, footer or logo. Never throws. Thread-safe.
 */
final class HeadlineReader {
    private static final String[] SEPARATORS = {" | ", " || ", " - ", " – ", " — ", " :: ", " · ", " » ", " › ", " // ", " • ",
            " ~ ", " : "};
    private static final Pattern FOREIGN = Pattern.compile("comment|related|teaser|sidebar|widget|logo|brand|site-?title|site-?name",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MASTHEAD = Pattern.compile("logo|brand|site-?title|site-?name|copyright|masthead",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    Optional<Found<String>> read(Document doc, List<Found<String>> markupTitles, String site, String url) {
        List<Element> headlines = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            String t = h.text().strip();
            if (t.length() >= 3 && t.length() <= 300 && !foreign(h)) {
                headlines.add(h);
            }
        }
        for (Element h : headlines) {
            for (Found<String> m : markupTitles) {
                if (matches(h.text(), m.value())) {
                    return Optional.of(new Found<>(h.text().strip(), "html-h1", null));
                }
            }
        }
        String host = host(url).orElse("");
        Optional<Found<String>> markup = markupTitles.stream().findFirst()
                .map(m -> new Found<>(withoutSite(doc, m.value(), site, host), m.rule(), null))
                .filter(m -> !m.value().isBlank());
        boolean markupIsSite = markup.isEmpty() || names(markup.get().value(), site, host);
        if (headlines.size() == 1 && markupIsSite && !names(headlines.get(0).text(), site, host)) {
            return Optional.of(new Found<>(headlines.get(0).text().strip(), "html-h1-only", null));
        }
        return markup;
    }

    /** Whether half of the headline's words or more occur in the markup title (case aside). */
    static boolean matches(String headline, String markup) {
        List<String> h = words(headline);
        Set<String> m = new HashSet<>(words(markup));
        if (h.isEmpty() || m.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String w : h) {
            shared += m.contains(w) ? 1 : 0;
        }
        return shared * 2 >= h.size() && shared * 4 >= m.size();
    }

    /** The title without a leading or trailing part that, with evidence, names the site. */
    static String withoutSite(Document doc, String title, String site, String host) {
        String t = title.strip();
        Masthead masthead = new Masthead(doc);
        for (int round = 0; round < 2; round++) {
            String cut = cutOnce(masthead, t, site, host);
            if (cut.equals(t)) {
                break;
            }
            t = cut;
        }
        return t;
    }

    private static String cutOnce(Masthead masthead, String t, String site, String host) {
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String tail = t.substring(last + sep.length()).strip();
                if (!tail.isEmpty() && (names(tail, site, host) || masthead.writes(tail))) {
                    return t.substring(0, last).strip();
                }
            }
            int first = t.indexOf(sep);
            if (first > 0) {
                String head = t.substring(0, first).strip();
                if (!head.isEmpty() && (names(head, site, host) || masthead.writes(head))) {
                    return t.substring(first + sep.length()).strip();
                }
            }
        }
        return t;
    }

    /** Whether {@code part} names the site: equals or contains the site name, or its letters spell the host name. */
    static boolean names(String part, String site, String host) {
        String p = letters(part);
        if (p.isEmpty()) {
            return false;
        }
        if (site != null && !site.isBlank()) {
            String s = letters(site);
            if (!s.isEmpty() && (p.equals(s) || (p.contains(s) && s.length() >= 4) || (s.contains(p) && p.length() >= 4))) {
                return true;
            }
        }
        if (!host.isEmpty()) {
            String h = letters(host);
            String label = letters(registrable(host));
            return p.equals(h) || p.equals(label) || (label.length() >= 4 && (p.contains(label) || label.contains(p) && p.length() >= 5));
        }
        return false;
    }

    /**
     * The letters of the page's footer and of its logo, brand or site-title elements (text and image alt), headings
     * aside: a headline repeated in a page header is no evidence. Computed once per page.
     */
    private static final class Masthead {
        private final Document doc;
        private String letters;

        Masthead(Document doc) {
            this.doc = doc;
        }

        boolean writes(String part) {
            if (part.length() < 3 || part.length() > 60 || doc.body() == null) {
                return false;
            }
            if (letters == null) {
                StringBuilder out = new StringBuilder();
                for (Element e : doc.body().select("footer, [class~=(?i)" + MASTHEAD.pattern() + "], [id~=(?i)" + MASTHEAD.pattern() + "]")) {
                    String headings = e.select("h1, h2").text();
                    String text = e.text();
                    if (headings.length() * 2 <= text.length() && text.length() <= 2000) {
                        out.append(HeadlineReader.letters(text)).append('|');
                    }
                    for (Element img : e.select("img[alt]")) {
                        out.append(HeadlineReader.letters(img.attr("alt"))).append('|');
                    }
                }
                letters = out.toString();
            }
            return letters.contains(letters(part));
        }
    }

    private static boolean foreign(Element el) {
        for (Element e = el; e != null && !e.normalName().equals("body"); e = e.parent()) {
            String names = e.className() + " " + e.id();
            if ((!names.isBlank() && FOREIGN.matcher(names).find()) || e.normalName().equals("aside") || e.normalName().equals("nav")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> host(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return Optional.ofNullable(h).map(x -> x.toLowerCase(Locale.ROOT).replaceFirst("^www\\d*\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The host's main label: {@code news.example-site.co.uk} → {@code example-site}. */
    private static String registrable(String host) {
        String[] labels = host.split("\\.");
        if (labels.length < 2) {
            return host;
        }
        int i = labels.length - 2;
        if (labels.length >= 3 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) {
            i--;
        }
        return labels[i];
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder();
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.append(m.group());
        }
        return out.toString();
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
