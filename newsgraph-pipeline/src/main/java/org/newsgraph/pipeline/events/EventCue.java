package org.newsgraph.pipeline.events;

import java.util.Objects;

/**
 * One entry of the {@link EventOntology}: a trigger pattern and the event it signals.
 *
 * @param type    PLOVER category, or a user-defined type (upper case), e.g. {@code CONSULT}, {@code ELECTION}
 * @param cameo   CAMEO code where the pattern maps to one, else {@code null}
 * @param pattern the trigger pattern
 * @param weight   how reliable the pattern is, 0..1; the base of the mention's confidence
 * @param salience how strongly a mention of this cue claims to be the article's main event (1 = neutral); speech
 *                 acts such as criticism made during a meeting rank below the meeting itself
 * @param origin   the file the entry came from, for messages
 */
public record EventCue(String type, String cameo, CuePattern pattern, double weight, double salience, String origin) {
    public EventCue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(origin, "origin");
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("weight must be within 0..1: " + weight);
        }
        if (salience <= 0 || salience > 10) {
            throw new IllegalArgumentException("salience must be within (0, 10]: " + salience);
        }
    }
}
