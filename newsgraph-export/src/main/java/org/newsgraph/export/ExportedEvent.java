package org.newsgraph.export;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Event;

/**
 * One event with everything an export needs.
 *
 * @param event    the consolidated event
 * @param cameo    the CAMEO code most of its articles give for its type, or {@code null}
 * @param source   who did it: the entity most main mentions of the event's type name as their source, or {@code null}
 * @param target   to whom: likewise for the target, or {@code null}
 * @param actors   its actors, resolved to entities where the articles name them
 * @param sources  its articles
 * @param evidence the coded event mentions behind it, with their sentences
 */
public record ExportedEvent(Event event, String cameo, Actor source, Actor target, List<Actor> actors, List<Source> sources,
                            List<Evidence> evidence) {
    public ExportedEvent {
        Objects.requireNonNull(event, "event");
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }

    /** An actor: canonical name, entity id (or null), entity type (or null), ISO3 country (or null), roles seen. */
    public record Actor(String name, String entityId, String type, String country, List<String> roles) {
        public Actor {
            Objects.requireNonNull(name, "name");
            roles = List.copyOf(roles);
        }
    }

    /**
     * An article reporting the event. {@code copyOf} is set for copies; {@code published} is {@code YYYY-MM-DD} or
     * null; {@code textLength} is the length of its cleaned text in characters.
     */
    public record Source(String articleId, String outlet, String url, String title, String published, String copyOf, int textLength) {
    }

    /**
     * A coded mention: the article, the evidence sentence (text, offsets into the article text, 1-based number
     * among the article's sentences or 0 if not found) and trigger (text and offset), the coded fields and
     * confidence.
     */
    public record Evidence(String articleId, String sentence, int sentenceStart, int sentenceEnd, int sentenceNumber,
                           String trigger, int triggerStart, String type, String cameo, String source, String target,
                           String date, String place, double confidence, boolean main) {
    }

    /** The earliest published article that is its own text (ties: smaller id), else the first article; or null. */
    public Source firstReport() {
        return sources.stream().filter(s -> s.copyOf() == null)
                .min(java.util.Comparator.comparing(Source::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(Source::articleId))
                .orElse(sources.isEmpty() ? null : sources.getFirst());
    }
}
