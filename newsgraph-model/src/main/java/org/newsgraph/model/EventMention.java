package org.newsgraph.model;

import java.util.Objects;

/**
 * One coded event in one article, with the evidence for each field.
 *
 * @param type       PLOVER category, e.g. {@code CONSULT}
 * @param cameo      CAMEO code where it maps, else {@code null}
 * @param sourceId   entity id of the actor, or {@code null}
 * @param targetId   entity id of the target, or {@code null}
 * @param date       when it happened, or {@code null} when the article does not say
 * @param place      where it happened (canonical place name), or {@code null}
 * @param sentence   the evidence sentence in {@link Article#text()}
 * @param trigger    the word(s) that name the event
 * @param confidence 0..1
 * @param main       whether this is the article's main event (not background)
 */
public record EventMention(String type, String cameo, String sourceId, String targetId, TimeValue date, String place,
                           Span sentence, Span trigger, double confidence, boolean main) {
    public EventMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(trigger, "trigger");
        if (!sentence.contains(trigger)) {
            throw new IllegalArgumentException("trigger " + trigger + " outside its sentence " + sentence);
        }
    }
}
