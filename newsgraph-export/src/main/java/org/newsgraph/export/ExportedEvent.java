package org.newsgraph.export;

import java.util.List;
import org.newsgraph.model.Event;

/**
 * One event with everything an export needs.
 *
 * @param event    the consolidated event
 * @param cameo    the CAMEO code most of its articles give for its type, or {@code null}
 * @param actors   its actors, resolved to entities where the articles name them
 * @param sources  its articles
 * @param evidence the coded event mentions behind it, with their sentences
 */
public record ExportedEvent(Event event, String cameo, List<Actor> actors, List<Source> sources, List<Evidence> evidence) {
    public ExportedEvent {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }

    /** An actor: canonical name, entity id (or null), ISO3 country (or null), roles seen. */
    public record Actor(String name, String entityId, String type, String country, List<String> roles) {
        public Actor {
            roles = List.copyOf(roles);
        }
    }

    /** An article reporting the event. {@code copyOf} is set for copies. */
    public record Source(String articleId, String outlet, String url, String title, String published, String copyOf) {
    }

    /**
     * A coded mention: the article, the evidence sentence and trigger (text and offsets into the article text),
     * the coded fields and confidence.
     */
    public record Evidence(String articleId, String sentence, int sentenceStart, int sentenceEnd, String trigger,
                           String type, String cameo, String source, String target, String date, String place,
                           double confidence, boolean main) {
    }
}
