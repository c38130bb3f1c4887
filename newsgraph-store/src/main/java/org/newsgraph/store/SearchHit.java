package org.newsgraph.store;

/** A full-text search result: the article, its score and a short excerpt. */
public record SearchHit(String articleId, String title, float score, String excerpt) {
}
