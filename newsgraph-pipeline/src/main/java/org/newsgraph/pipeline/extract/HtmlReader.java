package org.newsgraph.pipeline.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;

/**
 * Reads an HTML page: its visible text as blocks, which blocks are page furniture (navigation, header, footer,
 * aside, forms, figure captions, share and related-story widgets) and which belong to the main content, found
 * by readability-style scoring (prose outside links credited to every enclosing element, then a descent to the
 * element holding most of it), plus the metadata the markup states ({@link PageFactsReader}). Malformed or truncated HTML is
 * read as jsoup repairs it; nothing throws. Thread-safe.
 */
public final class HtmlReader {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "title",
            "meta", "link", "svg", "iframe", "object", "embed", "canvas", "map", "audio", "video", "source", "option");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "blockquote", "pre", "section", "article",
            "header", "footer", "nav", "aside", "form", "figure", "figcaption", "main", "address", "br", "hr", "body",
            "caption", "details", "summary", "fieldset", "center");
    private static final Map<String, String> DROPPED_TAGS = Map.of("nav", "nav", "footer", "footer", "aside", "aside",
            "form", "form", "figcaption", "caption", "figure", "caption", "button", "widget", "select", "widget",
            "header", "header", "label", "widget");
    private static final Map<String, String> DROPPED_ROLES = Map.of("navigation", "nav", "banner", "header",
            "contentinfo", "footer", "complementary", "aside", "search", "form", "menu", "nav");
    private static final Pattern DROPPED_CLASS = Pattern.compile(
            "(?:^|[-_ ])(comments?|share|sharing|social|related|promo|advert|advertisement|ads?|sidebar|newsletter|"
                    + "subscribe|subscription|cookie|cookies|breadcrumbs?|menu|navbar|nav|footer|masthead|popup|modal|"
                    + "caption|credit|tags|recommended|trending|outbrain|taboola)(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> ALWAYS_DROPPED = Set.of("figcaption", "figure", "button", "select", "label");
    private static final Pattern CONTENT_CLASS = Pattern.compile("article|content|main|body|story|entry|post-text",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final double DESCEND = 0.7;
    /** Escaped or unparsed markup shown as text, e.g. a tracking pixel inside a noscript block. */
    private static final Pattern MARKUP = Pattern.compile("^<[a-zA-Z!/][^<>]*>(?:\\s*<[^<>]*>)*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?(?:\\s|$)");

    private static final Pattern SENTENCE_END_ANY = SENTENCE_END;
    /** Pages whose visible text is shorter than this are read again with {@code <noscript>} content shown. */
    private static final int NOSCRIPT_RETRY_CHARS = 500;

    private final PageFactsReader facts = new PageFactsReader();
    private final LinearModel model;

    /** A reader that keeps blocks by the bundled {@link LinearModel#blocks()}. */
    public HtmlReader() {
        this(LinearModel.blocks());
    }

    public HtmlReader(LinearModel model) {
        this.model = model;
    }

    /** {@code always}: inside an element that never holds article prose (caption, button, form control label). */
    private record Block(String text, String dropped, Element container, int linkChars, boolean always) {
    }

    /**
     * A block of a page's visible text with its evidence and the model's probability that it is main content.
     *
     * @param text        the block's text
     * @param features    what the model weighs
     * @param probability the model's probability of main content
     * @param reason      why the block would be removed: its furniture kind, {@code outside-main}, {@code link}
     *                    or {@code low-score}; {@code markup} for markup shown as text
     * @param fixed       removed whatever the model says: markup shown as text, or text of an element that never
     *                    holds article prose (figure and caption, button, select, label)
     */
    public record ScoredBlock(String text, BlockFeatures features, double probability, String reason, boolean fixed) {
    }

    /** Reads {@code html}; {@code null} or empty input gives an empty page. */
    public HtmlPage read(String html) {
        return read(html, null);
    }

    /** Reads {@code html} fetched from {@code url} (null when unknown), which links and the site's host are read against. */
    public HtmlPage read(String html, String url) {
        Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
        MarkupDepth.flatten(doc);
        PageFacts pageFacts = facts.read(doc);
        List<ScoredBlock> scored = score(doc);
        StringBuilder text = new StringBuilder();
        List<Removed> removed = new ArrayList<>();
        for (ScoredBlock b : scored) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            Span span = new Span(start, text.length());
            if (b.fixed() || b.probability() < model.threshold()) {
                removed.add(new Removed(span, b.reason()));
            }
        }
        return new HtmlPage(text.toString(), removed, pageFacts);
    }

    /** The blocks of a page's visible text, scored; for fitting and inspecting the model. */
    public List<ScoredBlock> scoredBlocks(String html, String url) {
        return score(Jsoup.parse(html == null ? "" : html, url == null ? "" : url));
    }

    private List<ScoredBlock> score(Document doc) {
        List<Block> blocks = blocks(doc, false);
        if (chars(blocks) < NOSCRIPT_RETRY_CHARS) {
            List<Block> withNoscript = blocks(doc, true);
            if (chars(withNoscript) > chars(blocks)) {
                blocks = withNoscript;
            }
        }
        Map<Block, Boolean> content = mainContent(blocks);
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (content.getOrDefault(blocks.get(i), true) && blocks.get(i).dropped() == null) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Map<Element, String> names = new IdentityHashMap<>();
        Map<Element, Integer> cueMasks = new IdentityHashMap<>();
        List<ScoredBlock> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean inMain = content.getOrDefault(b, true);
            boolean prevIn = i > 0 && content.getOrDefault(blocks.get(i - 1), true);
            boolean nextIn = i + 1 < blocks.size() && content.getOrDefault(blocks.get(i + 1), true);
            BlockFeatures f = features(b, i, blocks.size(), inMain, i < first, i > last, !prevIn && !nextIn,
                    i > 0 && isTeaser(blocks.get(i - 1), b), names, cueMasks);
            String reason;
            if (MARKUP.matcher(b.text()).matches()) {
                reason = "markup";
            } else if (b.dropped() != null) {
                reason = b.dropped();
            } else if (!inMain) {
                reason = "outside-main";
            } else if (b.linkChars() * 10 >= b.text().length() * 8 && b.text().split(" ").length <= 12) {
                reason = "link";
            } else {
                reason = "low-score";
            }
            out.add(new ScoredBlock(b.text(), f, model.probability(f.dense(), f.hashed()), reason, reason.equals("markup") || b.always()));
        }
        return out;
    }

    private static int chars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    private static BlockFeatures features(Block b, int index, int count, boolean inMain, boolean beforeMain, boolean afterMain,
                                          boolean island, boolean teaser, Map<Element, String> memo,
                                          Map<Element, Integer> cueMasks) {
        String t = b.text();
        int len = t.length();
        int words = t.split(" ").length;
        int digits = 0;
        for (int i = 0; i < len; i++) {
            digits += Character.isDigit(t.charAt(i)) ? 1 : 0;
        }
        String reason = b.dropped() == null ? "" : b.dropped();
        String names = b.container() == null ? "" : ancestorNames(b.container(), memo);
        String tag = b.container() == null ? "" : b.container().normalName();
        double[] d = new double[BlockFeatures.NAMES.size()];
        int k = 0;
        d[k++] = 1;
        d[k++] = Math.min(1, Math.log1p(len) / Math.log(2000));
        d[k++] = words <= 8 ? 1 : 0;
        d[k++] = words <= 3 ? 1 : 0;
        d[k++] = len == 0 ? 0 : Math.min(1, (double) b.linkChars() / len);
        d[k++] = b.linkChars() * 10 >= len * 8 ? 1 : 0;
        d[k++] = SENTENCE_END_ANY.matcher(t).find() ? 1 : 0;
        d[k++] = t.endsWith(":") ? 1 : 0;
        d[k++] = len == 0 ? 0 : Math.min(1, 3.0 * digits / len);
        d[k++] = len > 0 && Character.isUpperCase(t.charAt(0)) ? 1 : 0;
        for (String r : new String[] {"nav", "footer", "aside", "form", "header", "caption", "widget"}) {
            d[k++] = reason.equals(r) ? 1 : 0;
        }
        d[k++] = inMain ? 0 : 1;
        d[k++] = count <= 1 ? 0 : (double) index / (count - 1);
        d[k++] = beforeMain ? 1 : 0;
        d[k++] = afterMain ? 1 : 0;
        d[k++] = island ? 1 : 0;
        d[k++] = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? 1 : 0;
        d[k++] = within(b.container(), "li") ? 1 : 0;
        d[k++] = tag.equals("td") || tag.equals("th") ? 1 : 0;
        d[k++] = within(b.container(), "blockquote") ? 1 : 0;
        d[k++] = teaser ? 1 : 0;
        int cues = b.container() == null ? 0 : cueMasks.computeIfAbsent(b.container(), c -> BlockFeatures.cueMask(names));
        for (int i = 0; i < BlockFeatures.CUES.size(); i++) {
            d[k++] = (cues >> i & 1) == 1 ? 1 : 0;
        }
        return new BlockFeatures(d, BlockFeatures.hashed(t, names));
    }

    private static boolean within(Element el, String tag) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Class and id words of the element and up to five ancestors below the body, space-separated. */
    private static String ancestorNames(Element el, Map<Element, String> memo) {
        String known = memo.get(el);
        if (known != null) {
            return known;
        }
        StringBuilder out = new StringBuilder();
        Element e = el;
        for (int i = 0; i < 6 && e != null && !e.normalName().equals("body") && !e.normalName().equals("html"); i++, e = e.parent()) {
            out.append(e.className()).append(' ').append(e.id()).append(' ');
        }
        String s = out.toString().replaceAll(" {2,}", " ").strip();
        memo.put(el, s);
        return s;
    }

    private List<Block> blocks(Document doc, boolean showNoscript) {
        List<Block> blocks = new ArrayList<>();
        Element body = doc.body();
        if (body == null) {
            return blocks;
        }
        NodeTraversor.traverse(new NodeVisitor() {
            private final StringBuilder current = new StringBuilder();
            private final Deque<Element> containers = new ArrayDeque<>();
            private final Deque<String> drops = new ArrayDeque<>();
            private final Deque<Boolean> always = new ArrayDeque<>();
            private final Map<Node, String> dropAt = new IdentityHashMap<>();
            private Node invisibleAt;
            private Node anchorAt;
            private int linkChars;

            @Override
            public void head(Node node, int depth) {
                if (invisibleAt != null) {
                    return;
                }
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if ((INVISIBLE.contains(tag) && !(showNoscript && tag.equals("noscript"))) || el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))
                            || HIDDEN_STYLE.matcher(el.attr("style")).find()) {
                        invisibleAt = el;
                        return;
                    }
                    String reason = dropReason(el);
                    if (reason != null) {
                        dropAt.put(el, reason);
                        if (BLOCKS.contains(tag) || !current.isEmpty()) {
                            flush();
                        }
                        drops.push(reason);
                        always.push(ALWAYS_DROPPED.contains(tag) || Boolean.TRUE.equals(always.peek()));
                    }
                    if (tag.equals("a") && anchorAt == null) {
                        anchorAt = el;
                    }
                    if (BLOCKS.contains(tag)) {
                        flush();
                        containers.push(el);
                    }
                } else if (node instanceof TextNode t) {
                    String s = t.text();
                    if (s.isBlank()) {
                        if (!current.isEmpty()) {
                            current.append(' ');
                        }
                        return;
                    }
                    int before = current.length();
                    current.append(s.replaceAll("[ \\t\\r\\n\\f]+", " "));
                    if (anchorAt != null) {
                        linkChars += current.length() - before;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (invisibleAt != null) {
                    if (node == invisibleAt) {
                        invisibleAt = null;
                    }
                    return;
                }
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (node == anchorAt) {
                        anchorAt = null;
                    }
                    if (BLOCKS.contains(tag)) {
                        flush();
                        if (!containers.isEmpty() && containers.peek() == el) {
                            containers.pop();
                        }
                    }
                    if (dropAt.remove(el) != null) {
                        flush();
                        drops.pop();
                        always.pop();
                    }
                }
            }

            private void flush() {
                String s = current.toString().strip().replaceAll(" {2,}", " ");
                if (!s.isEmpty()) {
                    blocks.add(new Block(s, drops.peek(), containers.isEmpty() ? null : containers.peek(), Math.min(linkChars, s.length()),
                            Boolean.TRUE.equals(always.peek())));
                }
                current.setLength(0);
                linkChars = 0;
            }
        }, body);
        return blocks;
    }

    /**
     * Why an element is furniture, or {@code null}. Landmarks (nav, header, footer, aside, form and their ARIA
     * roles) and furniture class names only count when the element holds little prose (fewer than three
     * paragraphs of 80 characters): a page-wide wrapper called "page-ad-margins" or an ASP.NET form around the
     * whole page is not furniture.
     */
    private static String dropReason(Element el) {
        String tag = el.normalName();
        String reason = DROPPED_TAGS.get(tag);
        if (reason != null && ALWAYS_DROPPED.contains(tag)) {
            return reason;
        }
        if (reason == null) {
            String role = el.attr("role").toLowerCase(Locale.ROOT);
            reason = DROPPED_ROLES.get(role);
        }
        if (reason == null && !tag.equals("body") && !tag.equals("article") && !tag.equals("main")) {
            String names = el.className() + " " + el.id();
            if (!names.isBlank() && DROPPED_CLASS.matcher(names).find() && !CONTENT_CLASS.matcher(names).find()) {
                reason = "widget";
            }
        }
        if (reason == null || (tag.equals("header") && el.closest("article") != null)) {
            return null;
        }
        return holdsProse(el) ? null : reason;
    }

    private static boolean holdsProse(Element el) {
        int paragraphs = 0;
        for (Element p : el.getElementsByTag("p")) {
            if (p.text().length() >= 80 && ++paragraphs >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which blocks lie in the main content; every block when the page has no prose. Each block's prose (its
     * characters outside links, halved when it has no sentence end, nothing under 40 characters) is credited to
     * every ancestor; from the body we descend into the child holding most of the prose while it holds at least
     * {@value #DESCEND} of its parent's and two prose blocks or more (a single paragraph is never the article). The node where the descent stops is the main content.
     */
    private static Map<Block, Boolean> mainContent(List<Block> blocks) {
        Map<Element, Double> prose = new IdentityHashMap<>();
        Map<Element, Integer> counted = new IdentityHashMap<>();
        Element top = null;
        Block previous = null;
        for (Block b : blocks) {
            Block before = previous;
            previous = b;
            if (b.dropped() != null || b.container() == null) {
                continue;
            }
            double chars = b.text().length() - b.linkChars();
            if (before != null && isTeaser(before, b)) {
                chars /= 4;
            }
            if (chars < 40) {
                continue;
            }
            if (!SENTENCE_END.matcher(b.text()).find()) {
                chars /= 2;
            }
            for (Element e = b.container(); e != null; e = e.parent()) {
                prose.merge(e, chars, Double::sum);
                counted.merge(e, 1, Integer::sum);
                if (e.parent() == null || e.normalName().equals("body")) {
                    top = e;
                    break;
                }
            }
        }
        Map<Block, Boolean> content = new IdentityHashMap<>();
        if (top == null) {
            return content;
        }
        Element node = top;
        while (true) {
            Element next = null;
            double best = 0;
            for (Element child : node.children()) {
                double p = prose.getOrDefault(child, 0.0);
                if (p > best && counted.getOrDefault(child, 0) >= 2) {
                    best = p;
                    next = child;
                }
            }
            if (next == null || best < DESCEND * prose.get(node)) {
                break;
            }
            node = next;
        }
        List<Element> roots = List.of(node);
        for (Block b : blocks) {
            content.put(b, inside(b.container(), roots));
        }
        return content;
    }

    /** A blurb right under a headline link in the same small box: a teaser of another story. */
    private static boolean isTeaser(Block headline, Block blurb) {
        if (headline.container() == null || headline.text().length() > 200
                || headline.linkChars() * 10 < headline.text().length() * 8) {
            return false;
        }
        Element a = headline.container();
        for (int i = 0; i < 3 && a != null; i++, a = a.parent()) {
            Element b = blurb.container();
            for (int j = 0; j < 3 && b != null; j++, b = b.parent()) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(Element el, List<Element> roots) {
        for (Element e = el; e != null; e = e.parent()) {
            for (Element root : roots) {
                if (e == root) {
                    return true;
                }
            }
        }
        return false;
    }
}
