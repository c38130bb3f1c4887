package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An extracted news article.
 *
 * @param id          stable identifier (from the source, else derived from the location)
 * @param location    where it was read from
 * @param url         canonical URL when known, else {@code null}
 * @param original    the decoded text as received (for HTML: the visible text of the page)
 * @param text        the cleaned body: Unicode NFC, odd spaces made plain, boilerplate removed. All later
 *                    annotations are spans into this string
 * @param metadata    title, outlet, dateline, publication date with provenance
 * @param removed     boilerplate removed from {@code original}, with reasons
 * @param fingerprint hash of the normalized text, used for exact-duplicate detection and idempotent ingest
 */
public record Article(String id, String location, String url, String original, String text, Metadata metadata,
                      List<Removed> removed, String fingerprint) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fingerprint, "fingerprint");
        metadata = metadata == null ? Metadata.NONE : metadata;
        removed = List.copyOf(removed == null ? List.of() : removed);
        for (Removed r : removed) {
            if (r.span().end() > original.length()) {
                throw new IllegalArgumentException("removed span outside the original text: " + r);
            }
        }
    }
}
