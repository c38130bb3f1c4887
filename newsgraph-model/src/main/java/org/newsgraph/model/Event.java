package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An event: one happening reported by one or more articles.
 *
 * @param id                 stable id
 * @param articleIds         the articles reporting it
 * @param date               consolidated date, or {@code null}
 * @param place              consolidated place, or {@code null}
 * @param type               consolidated PLOVER type, or {@code null}
 * @param actors             canonical names of the main actors
 * @param headline           a representative title, or the cleaned lead sentence of a report when none is titled
 * @param outlets            all outlets that reported it
 * @param independentSources outlets that wrote their own text (copies excluded)
 * @param storyId            the storyline it belongs to
 * @param headlineSource     which article and which part of it the headline was taken from, or {@code null} when
 *                           not recorded
 */
public record Event(String id, List<String> articleIds, TimeValue date, String place, String type, List<String> actors,
                    String headline, List<String> outlets, int independentSources, String storyId, HeadlineSource headlineSource) {
    public Event {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        actors = List.copyOf(actors);
        outlets = List.copyOf(outlets);
    }

    /** An event whose headline's source is not recorded. */
    public Event(String id, List<String> articleIds, TimeValue date, String place, String type, List<String> actors,
                 String headline, List<String> outlets, int independentSources, String storyId) {
        this(id, articleIds, date, place, type, actors, headline, outlets, independentSources, storyId, null);
    }

    /** The same event under other ids (its headline source kept). */
    public Event withIds(String newId, String newStoryId) {
        return new Event(newId, articleIds, date, place, type, actors, headline, outlets, independentSources, newStoryId, headlineSource);
    }

    /** The same event with another headline, taken from {@code source}. */
    public Event withHeadline(String newHeadline, HeadlineSource source) {
        return new Event(id, articleIds, date, place, type, actors, newHeadline, outlets, independentSources, storyId, source);
    }

    /**
     * Where a headline comes from: words of one article, never written by Newsgraph.
     *
     * @param articleId the article
     * @param part      its title, or its lead sentence (cleaned of dateline and byline)
     */
    public record HeadlineSource(String articleId, Part part) {
        public HeadlineSource {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(part, "part");
        }

        /** Which part of the article. */
        public enum Part { TITLE, LEAD }
    }
}
