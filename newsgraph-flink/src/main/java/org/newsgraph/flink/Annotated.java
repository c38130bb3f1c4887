package org.newsgraph.flink;

import java.util.List;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Problem;

/**
 * What the stateless stages made of one document: the annotated article, its coded event mentions, and what had to
 * change to store it (a shortened id, a dropped URL).
 */
record Annotated(AnnotatedArticle annotated, List<EventMention> events, List<Problem> notes) {
    Annotated {
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }
}
