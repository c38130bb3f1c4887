package org.newsgraph.pipeline.cluster;

import java.util.Map;

/**
 * A snapshot of the clusters.
 *
 * @param eventOfArticle article id → event id
 * @param storyOfEvent   event id → story id
 */
public record Clustering(Map<String, String> eventOfArticle, Map<String, String> storyOfEvent) {
    public Clustering {
        eventOfArticle = Map.copyOf(eventOfArticle);
        storyOfEvent = Map.copyOf(storyOfEvent);
    }
}
