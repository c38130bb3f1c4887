package org.newsgraph.pipeline.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.pipeline.Processed;

/**
 * The simplest clusterer: a copy joins the event of the article it copies; everything else opens its own event
 * and its own story. A baseline, and the fallback when no other signal is available.
 */
public final class DuplicateClusterer implements EventClusterer {
    private final Map<String, String> eventOfArticle = new LinkedHashMap<>();
    private final Map<String, String> storyOfEvent = new LinkedHashMap<>();

    @Override
    public String add(Processed article) {
        String id = article.article().id();
        String existing = eventOfArticle.get(id);
        if (existing != null) {
            return existing;
        }
        String copied = article.duplicate().isCopy() ? eventOfArticle.get(article.duplicate().duplicateOf()) : null;
        String event = copied != null ? copied : "ev-" + id;
        eventOfArticle.put(id, event);
        storyOfEvent.putIfAbsent(event, "st-" + id);
        return event;
    }

    @Override
    public Clustering snapshot() {
        return new Clustering(eventOfArticle, storyOfEvent);
    }
}
