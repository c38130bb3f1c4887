package org.newsgraph.store;

import java.time.LocalDate;

/** One line of an article listing. Nullable fields are unknown. */
public record ArticleSummary(String id, String title, String outlet, LocalDate published, String url, String duplicateOf) {
}
