package org.newsgraph.eval.ecbplus;

import java.nio.charset.StandardCharsets;
import org.newsgraph.model.Format;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/** One ECB+ document: id {@code topic/subtopic/n}, its first sentence as title, and the rebuilt text. */
public record EcbDocument(String id, String topic, String subtopic, String title, String text) {
    /** The document as the pipeline reads it: plain text, its id as the article id, its first sentence as title. */
    public RawDocument raw() {
        return new RawDocument("conll:" + id, text.getBytes(StandardCharsets.UTF_8), Format.TEXT, "UTF-8",
                new SourceHints(id, null, title, null, null));
    }
}
