package org.newsgraph.pipeline.extract;

import org.newsgraph.model.Article;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;

/**
 * Turns a raw document into an {@link Article}. Bad input (empty, binary, undecodable, no content left after
 * cleaning) yields {@link Outcome.Failed}; it never throws. Thread-safe.
 */
public interface Extractor {
    Outcome<Article> extract(RawDocument document);
}
