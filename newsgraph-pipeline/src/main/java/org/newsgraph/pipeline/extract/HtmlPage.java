package org.newsgraph.pipeline.extract;

import java.util.List;
import org.newsgraph.model.Removed;

/**
 * An HTML page read for extraction.
 *
 * @param visibleText the visible text, one block per paragraph, blocks separated by {@code \n\n}
 * @param removed     blocks of the visible text outside the main content (navigation, footer, captions,
 *                    low-scoring blocks), with reasons
 * @param facts       metadata the markup states
 */
public record HtmlPage(String visibleText, List<Removed> removed, PageFacts facts) {
    public HtmlPage {
        removed = List.copyOf(removed);
    }
}
