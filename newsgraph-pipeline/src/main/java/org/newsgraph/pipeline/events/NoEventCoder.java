package org.newsgraph.pipeline.events;

import java.util.List;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EventMention;

/** Codes nothing: used where event coding is switched off. */
public final class NoEventCoder implements EventCoder {
    @Override
    public List<EventMention> code(AnnotatedArticle article) {
        return List.of();
    }
}
