package org.newsgraph.eval.external;

import java.util.List;
import java.util.Objects;

/**
 * One PLOVER gold-standard record: a sentence with its event category and actors.
 *
 * @param id      record id
 * @param text    the sentence
 * @param event   PLOVER category as the record writes it (e.g. {@code AGREE}, {@code DEMAND})
 * @param sources source actors
 * @param targets target actors
 */
public record PloverRecord(String id, String text, String event, List<Actor> sources, List<Actor> targets) {
    public PloverRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(event, "event");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /**
     * An actor as coded.
     *
     * @param text the words naming it in the sentence
     * @param code its code (ISO 3166 alpha-3 for countries, IGO codes ...), possibly empty
     */
    public record Actor(String text, String code) {
        public Actor {
            text = text == null ? "" : text;
            code = code == null ? "" : code;
        }
    }
}
