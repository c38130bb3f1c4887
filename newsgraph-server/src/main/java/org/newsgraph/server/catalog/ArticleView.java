package org.newsgraph.server.catalog;

import java.time.LocalDate;

/**
 * What listings need to know about one stored article. Nullable fields are unknown.
 *
 * @param id          article id
 * @param title       title, or {@code null}
 * @param outlet      outlet name, or {@code null}
 * @param published   publication date, or {@code null} when no evidence of it was found
 * @param url         canonical URL, or {@code null}
 * @param duplicateOf the article it copies, or {@code null} for an original text
 * @param copyKind    {@code ORIGINAL}, {@code EXACT}, {@code NEAR} or {@code PARTIAL}
 * @param eventId     the event it reports, or {@code null}
 */
public record ArticleView(String id, String title, String outlet, LocalDate published, String url, String duplicateOf,
                          String copyKind, String eventId) {
    public boolean isCopy() {
        return duplicateOf != null;
    }
}
