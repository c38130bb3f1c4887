package org.newsgraph.eval.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Processed;

/** What the system produced for a gold set: processed articles by id, and events. */
public record SystemOutput(Map<String, Processed> articles, List<Event> events) {
    public SystemOutput {
        articles = Map.copyOf(articles);
        events = List.copyOf(events);
    }

    /** article id → event id. */
    public Map<String, String> eventOfArticle() {
        Map<String, String> out = new HashMap<>();
        for (Event e : events) {
            e.articleIds().forEach(a -> out.put(a, e.id()));
        }
        return out;
    }

    /** article id → story id. */
    public Map<String, String> storyOfArticle() {
        Map<String, String> out = new HashMap<>();
        for (Event e : events) {
            e.articleIds().forEach(a -> out.put(a, e.storyId() == null ? e.id() : e.storyId()));
        }
        return out;
    }
}
