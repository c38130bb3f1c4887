package org.newsgraph.pipeline.annotate.quotes;

import java.util.List;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/** Finds quotations and attributes them to speakers. Never throws for odd text. Thread-safe. */
public interface QuoteExtractor {
    /**
     * @param text      the article text; returned spans point into it
     * @param sentences sentence spans, in order
     * @param mentions  entity mentions (names, nominals, pronouns already linked where the entity layer could)
     * @param entities  the entities the mentions refer to
     */
    List<Quote> extract(String text, List<Span> sentences, List<Mention> mentions, List<Entity> entities);
}
