package org.newsgraph.eval.external;

/**
 * One page of the Zyte article-extraction benchmark.
 *
 * @param id   the page id (the file stem under {@code html/})
 * @param url  the page URL, empty when the set gives none
 * @param body the gold article body
 */
public record BodyPage(String id, String url, String body) {
    public BodyPage {
        url = url == null ? "" : url;
        body = body == null ? "" : body;
    }
}
