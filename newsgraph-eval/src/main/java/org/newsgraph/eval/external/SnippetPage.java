package org.newsgraph.eval.external;

import java.util.List;

/**
 * One page of trafilatura's evaluation set.
 *
 * @param url     the page URL (the key of {@code evaldata.json})
 * @param file    the page file under {@code html/}, without the {@code .gz}
 * @param with    snippets the main text must contain
 * @param without snippets the main text must not contain
 * @param title   the gold title, empty when the set gives none
 * @param date    the gold publication day ({@code YYYY-MM-DD}), empty when the set gives none
 * @param train   whether the page is in the train half (even position among the sorted keys)
 */
public record SnippetPage(String url, String file, List<String> with, List<String> without, String title, String date,
                          boolean train) {
    public SnippetPage {
        with = List.copyOf(with);
        without = List.copyOf(without);
        title = title == null ? "" : title;
        date = date == null ? "" : date;
    }
}
