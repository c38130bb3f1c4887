package org.newsgraph.eval.external;

import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article with one annotator's attributions.
 *
 * @param id           the article's file name without extension
 * @param annotator    whose annotation was kept
 * @param text         the raw text (title line first)
 * @param attributions the gold attributions, offsets into {@code text}
 */
public record PolnearDocument(String id, String annotator, String text, List<GoldAttribution> attributions) {
    public PolnearDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
    }
}
