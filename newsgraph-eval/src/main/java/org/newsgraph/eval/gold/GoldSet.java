package org.newsgraph.eval.gold;

import java.util.List;

/** A gold set: articles with their labels, events, stories, entities and quotes. */
public record GoldSet(List<GoldArticle> articles, List<GoldEvent> events, List<GoldStory> stories,
                      List<GoldEntity> entities, List<GoldQuote> quotes) {
    public GoldSet {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }
}
