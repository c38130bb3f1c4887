package org.newsgraph.pipeline.events;

import java.util.List;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.EventMention;

/** Codes the events an article reports. Thread-safe. */
public interface EventCoder {
    List<EventMention> code(AnnotatedArticle article);
}
