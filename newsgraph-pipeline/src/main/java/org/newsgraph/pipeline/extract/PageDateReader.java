package org.newsgraph.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsgraph.model.Found;

/**
 * The publication day an HTML page states, from its sources ranked by how reliably they name the publication:
 * <ol>
 *   <li>publication meta tags ({@code article:published_time} first) and JSON-LD {@code datePublished}, in
 *   {@link #DATE_METAS} order, values in any format {@link DateReader} reads;</li>
 *   <li>an element of any kind marked {@code itemprop="datePublished"} (its {@code content} or {@code datetime},
 *   else its text);</li>
 *   <li>a {@code <time>} element ({@code pubdate} ones first, then the first one);</li>
 *   <li>a short line with a date near the visible headline (the first {@code <h1>}): up to
 *   {@value #BEFORE} text runs before it and {@value #AFTER} after it.</li>
 * </ol>
 * Elements in reader comments (WordPress comments are {@code <article>} elements), related-story lists, teasers
 * and sidebars are never read. The day is the one written: a zone offset is kept as written, not converted.
 * Never throws. Thread-safe.
 */
final class PageDateReader {
    static final String[] DATE_METAS = {"article:published_time", "og:article:published_time",
            "datePublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
            "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
            "article.published", "publication_date", "og:published_time", "cxenseparse:recs:publishtime"};
    /** Class or id words of blocks whose dates are not the page's. */
    private static final Pattern FOREIGN = Pattern.compile(
            "comment|reply|respond|related|teaser|recommend|sidebar|popular|trending|more-stories|read-more|also",
            Pattern.CASE_INSENSITIVE);
    private static final int BEFORE = 4;
    private static final int AFTER = 12;
    private static final int SHORT_LINE = 90;

    private final DateReader dates = new DateReader();

    Optional<Found<LocalDate>> read(Document doc, Map<String, String> metas, String jsonLdDatePublished) {
        for (String name : DATE_METAS) {
            Optional<LocalDate> day = Optional.ofNullable(metas.get(name.toLowerCase(java.util.Locale.ROOT))).flatMap(dates::parse);
            if (day.isPresent()) {
                return Optional.of(new Found<>(day.get(), "html-meta:" + name, null));
            }
            if (name.equals("og:article:published_time") && jsonLdDatePublished != null) {
                Optional<LocalDate> ldDay = dates.parse(jsonLdDatePublished);
                if (ldDay.isPresent()) {
                    return Optional.of(new Found<>(ldDay.get(), "json-ld:datePublished", null));
                }
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            if (foreign(e)) {
                continue;
            }
            String value = !e.attr("content").isBlank() ? e.attr("content") : !e.attr("datetime").isBlank() ? e.attr("datetime") : e.text();
            Optional<LocalDate> day = dates.parse(value);
            if (day.isPresent()) {
                return Optional.of(new Found<>(day.get(), "html-itemprop:datePublished", null));
            }
        }
        List<Element> times = new ArrayList<>(doc.select("time[pubdate]"));
        times.addAll(doc.select("time"));
        for (Element t : times) {
            if (foreign(t)) {
                continue;
            }
            Optional<LocalDate> day = dates.parse(t.attr("datetime")).or(() -> dates.parse(t.text()));
            if (day.isPresent()) {
                return Optional.of(new Found<>(day.get(), "html-time", null));
            }
        }
        return nearHeadline(doc);
    }

    private Optional<Found<LocalDate>> nearHeadline(Document doc) {
        Element h1 = null;
        for (Element e : doc.select("h1")) {
            if (!foreign(e) && !e.text().isBlank()) {
                h1 = e;
                break;
            }
        }
        if (h1 == null || doc.body() == null) {
            return Optional.empty();
        }
        java.util.Set<Node> inHeadline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode) {
                inHeadline.add(node);
            }
        }, h1);
        List<TextNode> before = new ArrayList<>();
        List<TextNode> after = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean passed;

            @Override
            public void head(Node node, int depth) {
                if (after.size() >= AFTER || !(node instanceof TextNode t) || t.isBlank()) {
                    return;
                }
                if (inHeadline.contains(t)) {
                    passed = true;
                    return;
                }
                if (passed) {
                    after.add(t);
                } else {
                    before.add(t);
                    if (before.size() > BEFORE) {
                        before.remove(0);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, doc.body());
        List<TextNode> candidates = new ArrayList<>(after);
        for (int i = before.size() - 1; i >= 0; i--) {
            candidates.add(before.get(i));
        }
        List<String> near = new ArrayList<>();
        for (TextNode t : candidates) {
            String s = t.text().strip();
            Element parent = t.parent() instanceof Element p ? p : null;
            if (s.length() > SHORT_LINE || !hasYearDigits(s) || parent == null || parent.normalName().equals("script")
                    || parent.normalName().equals("style") || foreign(parent)) {
                continue;
            }
            near.add(s);
        }
        for (String s : near) {
            Optional<LocalDate> day = dates.parse(s);
            if (day.isPresent()) {
                return Optional.of(new Found<>(day.get(), "html-near-headline", null));
            }
        }
        return Optional.empty();
    }

    private static boolean hasYearDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run >= 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element lies in a comment, a related-story list, a teaser or a sidebar. */
    private static boolean foreign(Element el) {
        for (Element e = el; e != null && !e.normalName().equals("body"); e = e.parent()) {
            String names = e.className() + " " + e.id();
            if (!names.isBlank() && FOREIGN.matcher(names).find()) {
                return true;
            }
            if (e.normalName().equals("aside")) {
                return true;
            }
        }
        return false;
    }
}
