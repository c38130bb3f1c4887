package org.newsgraph.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Timex;

/** Builds annotated articles by hand for tests: sentences split at ". ", entities marked by their surface forms. */
final class ArticleFixture {
    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?][\"”’]?(?=\\s|$)|$)", Pattern.MULTILINE);
    private final String text;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private Metadata metadata = Metadata.NONE;

    private ArticleFixture(String text) {
        this.text = text;
    }

    static ArticleFixture of(String text) {
        return new ArticleFixture(text);
    }

    /** Marks every occurrence of each surface form as a mention of one entity. */
    ArticleFixture entity(String id, EntityType type, String... surfaces) {
        entities.put(id, new Entity(id, surfaces[0], type, List.of(surfaces), null, List.of()));
        for (String surface : surfaces) {
            int at = text.indexOf(surface);
            while (at >= 0) {
                Span span = new Span(at, at + surface.length());
                if (mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
                    mentions.add(new Mention(span, type, MentionKind.NAME, id));
                }
                at = text.indexOf(surface, at + 1);
            }
        }
        return this;
    }

    /** Gives an entity already marked the ISO alpha-3 code of its country. */
    ArticleFixture country(String id, String country) {
        Entity e = entities.get(id);
        entities.put(id, new Entity(e.id(), e.canonical(), e.type(), e.aliases(), country, e.roles()));
        return this;
    }

    /** A quotation (direct, or reported speech) attributed to an entity with its reporting verb. */
    ArticleFixture quote(String words, boolean direct, String speakerId, String cue) {
        int at = text.indexOf(words);
        quotes.add(new Quote(new Span(at, at + words.length()), direct, speakerId, null, cue, 0.9));
        return this;
    }

    ArticleFixture timex(String surface, TimeValue value) {
        int at = text.indexOf(surface);
        timexes.add(new Timex(new Span(at, at + surface.length()), value, "fixture"));
        return this;
    }

    ArticleFixture quote(String words) {
        int at = text.indexOf(words);
        quotes.add(new Quote(new Span(at, at + words.length()), true, null, null, "said", 0.9));
        return this;
    }

    ArticleFixture metadata(Metadata metadata) {
        this.metadata = metadata;
        return this;
    }

    AnnotatedArticle build() {
        List<Span> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int start = m.start();
            while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start < m.end()) {
                sentences.add(new Span(start, m.end()));
            }
        }
        Article article = new Article("fixture", "fixture", null, text, text, metadata, List.of(), "0");
        return new AnnotatedArticle(article, sentences, mentions, List.copyOf(entities.values()), quotes, timexes);
    }
}
