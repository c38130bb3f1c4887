package org.newsgraph.model;

import java.time.LocalDate;

/**
 * Metadata a source states about a document outside its body (JSONL fields, feed entries). Each field is
 * {@code null} when the source does not state it.
 */
public record SourceHints(String id, String url, String title, LocalDate published, String outlet) {
    public static final SourceHints NONE = new SourceHints(null, null, null, null, null);
}
