package org.newsgraph.eval.gold;

import java.time.LocalDate;
import java.util.List;

/**
 * Gold labels of one article.
 *
 * @param hasTitle    whether the gold set labels the title at all ({@code title} may be a labelled null)
 * @param boilerplate labelled boilerplate strings, or {@code null} when the set does not label boilerplate
 */
public record GoldArticle(String id, String url, String outlet, LocalDate published, String event, String nearDuplicateOf,
                          boolean hasTitle, String title, List<String> boilerplate) {
}
