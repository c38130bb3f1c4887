package org.newsgraph.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Bounds the nesting depth of a parsed page, so that no selector or ancestor walk costs more than the bound per
 * element: every element nested deeper than {@code maxDepth} levels is flattened into the text of its ancestor at
 * that depth (its visible text kept, its markup dropped; block boundaries become line breaks). Real pages nest a
 * few dozen levels. Linear in the size of the page. Stateless and thread-safe.
 */
final class MarkupDepth {
    /** Deeper than browsers keep apart (they stop nesting at 512) and far deeper than any article page. */
    static final int MAX_DEPTH = 256;
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "section", "article", "table",
            "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "header", "footer", "main", "aside", "nav");
    private static final Set<String> NO_TEXT = Set.of("script", "style", "template", "noscript", "head");

    private MarkupDepth() {
    }

    /** Flattens what lies deeper than {@link #MAX_DEPTH} in place; returns how many elements were flattened. */
    static int flatten(Document doc) {
        List<Element> boundary = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth == MAX_DEPTH && node instanceof Element el && !el.children().isEmpty()) {
                boundary.add(el);
            }
        }, doc);
        int flattened = 0;
        for (Element el : boundary) {
            StringBuilder text = new StringBuilder();
            int[] count = {0};
            NodeTraversor.traverse(new NodeVisitor() {
                private int hidden = -1;

                @Override
                public void head(Node node, int depth) {
                    if (hidden >= 0) {
                        return;
                    }
                    if (node instanceof Element e && e != el) {
                        count[0]++;
                        if (NO_TEXT.contains(e.normalName())) {
                            hidden = depth;
                        } else if (BLOCKS.contains(e.normalName())) {
                            text.append('\n');
                        }
                    } else if (node instanceof TextNode t) {
                        text.append(t.getWholeText());
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (hidden == depth) {
                        hidden = -1;
                    } else if (hidden < 0 && node instanceof Element e && e != el && BLOCKS.contains(e.normalName())) {
                        text.append('\n');
                    }
                }
            }, el);
            el.empty();
            el.appendChild(new TextNode(text.toString()));
            flattened += count[0];
        }
        return flattened;
    }
}
