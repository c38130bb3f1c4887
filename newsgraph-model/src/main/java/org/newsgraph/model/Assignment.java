package org.newsgraph.model;

import java.util.Objects;

/**
 * Where the online stages put one article.
 *
 * @param articleId   the article
 * @param duplicateOf the article it copies (verbatim or near), or {@code null} when it is its own text
 * @param eventId     the event cluster it reports
 * @param storyId     the storyline of that event
 */
public record Assignment(String articleId, String duplicateOf, String eventId, String storyId) {
    public Assignment {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(storyId, "storyId");
    }
}
