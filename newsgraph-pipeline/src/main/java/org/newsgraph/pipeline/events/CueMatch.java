package org.newsgraph.pipeline.events;

import org.newsgraph.model.Span;

/**
 * Where a cue matched in a sentence.
 *
 * @param cue   the ontology entry
 * @param first index of the first matched token
 * @param last  index of the last matched token (inclusive)
 * @param span  the characters from the first to the last matched token: the trigger
 */
record CueMatch(EventCue cue, int first, int last, Span span) {
}
