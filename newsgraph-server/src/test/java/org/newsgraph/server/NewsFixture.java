package org.newsgraph.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Metadata;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.Processed;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;
import org.newsgraph.store.embedded.EmbeddedStore;

/**
 * A small store written for the server tests: invented countries and people, fully annotated by hand (entities,
 * mentions, quotes, coded events), one verbatim copy, two events of one storyline, a disagreement on the date,
 * and one article whose title and headline carry markup.
 */
final class NewsFixture {
    static final String MEETING = "ev-geneva";
    static final String VISIT = "ev-oslo";
    static final String MARKUP = "ev-markup";
    static final String STORY = "st-talks";
    /** A saved search over the story. */
    static final String ALERT = "talks";
    /** The ids the visit and its story had before the fixture's final events replaced them (now redirects). */
    static final String EARLIER_VISIT = "ev-visit-earlier";
    static final String EARLIER_STORY = "st-visit-earlier";
    static final String BERG = "person:ana-berg";
    static final String LIND = "person:tomas-lind";
    static final String SUDMARK = "gpe:sudmark";
    static final String NORLAND = "gpe:norland";
    static final String FORCE = "org:northern-alliance-force";

    static final String A1 = "Foreign ministers of Norland and Sudmark met in Geneva on Monday to discuss a ceasefire. "
            + "Norland's foreign minister Ana Berg said: \"We made real progress today.\"\n\nThe talks continue next week.";
    static final String A3 = "Ana Berg, the Norland foreign minister, slammed the Sudmark regime after the talks in Geneva on Tuesday. "
            + "\"There is no trust left,\" Berg said. The Northern Alliance Force kept its troops on the border.";
    static final String A4 = "Sudmark's president Tomas Lind visited Oslo on Wednesday. The NAF commander joined him. "
            + "\"Peace is close,\" Lind said.";
    static final String A5 = "A short note about markup in titles. Nothing happened.";

    private NewsFixture() {
    }

    /** Opens a store in {@code folder} and fills it with the fixture (articles, index, events). */
    static EmbeddedStore create(Path folder) {
        EmbeddedStore store = EmbeddedStore.open(folder);
        addArticles(store, 0, 5);
        store.replaceEvents(List.of(new Event(EARLIER_VISIT, List.of("a4"), null, "Oslo", "VISIT", List.of("Tomas Lind"),
                "Sudmark president visits Oslo", List.of("Harbour Times"), 1, EARLIER_STORY)));
        replaceEvents(store);
        store.saveSearch(new org.newsgraph.store.SavedSearch(ALERT, "story=" + STORY));
        return store;
    }

    /** Stores fixture articles {@code from} (inclusive) to {@code to} (exclusive) of the five, in order. */
    static void addArticles(EmbeddedStore store, int from, int to) {
        List<Processed> all = new ArrayList<>();
        all.add(meetingReport());
        all.add(copyOf(all.get(0), "a2", "https://coast-courier.example/geneva", "Coast Courier"));
        all.add(collapseReport());
        all.add(visitReport());
        all.add(markupNote());
        for (Processed p : all.subList(from, to)) {
            store.add(p);
            store.index(p.article());
        }
        store.commit();
    }

    /** Writes the fixture's events (they name all five articles). */
    static void replaceEvents(EmbeddedStore store) {
        store.replaceEvents(List.of(
                new Event(MEETING, List.of("a1", "a2", "a3"), new TimeValue.Day(LocalDate.of(2024, 3, 4)), "Geneva", "CONSULT",
                        List.of("Ana Berg", "Sudmark"), "Ministers of Norland and Sudmark meet in Geneva",
                        List.of("Harbour Times", "Coast Courier", "Valley Post"), 2, STORY),
                new Event(VISIT, List.of("a4"), new TimeValue.Day(LocalDate.of(2024, 4, 10)), "Oslo", "VISIT", List.of("Tomas Lind"),
                        "Sudmark president visits Oslo", List.of("Harbour Times"), 1, STORY),
                new Event(MARKUP, List.of("a5"), null, null, null, List.of(), "Headline with <img src=x onerror=alert(1)> inside",
                        List.of("Valley Post"), 1, MARKUP)));
    }

    private static Processed meetingReport() {
        Article a = article("a1", "https://harbour-times.example/geneva", A1, "Ministers meet in Geneva", "Harbour Times", LocalDate.of(2024, 3, 4));
        List<Entity> entities = List.of(
                new Entity(BERG, "Ana Berg", EntityType.PERSON, List.of("Ana Berg"), "NRL", List.of("foreign minister")),
                new Entity(NORLAND, "Norland", EntityType.GPE, List.of("Norland"), null, List.of()),
                new Entity(SUDMARK, "Sudmark", EntityType.GPE, List.of("Sudmark"), null, List.of()));
        List<Mention> mentions = List.of(mention(A1, "Ana Berg", EntityType.PERSON, BERG), mention(A1, "Norland", EntityType.GPE, NORLAND),
                mention(A1, "Sudmark", EntityType.GPE, SUDMARK));
        List<Quote> quotes = List.of(quote(A1, "We made real progress today.", BERG, "Ana Berg"));
        Span sentence = span(A1, "Foreign ministers of Norland and Sudmark met in Geneva on Monday to discuss a ceasefire.");
        List<EventMention> coded = List.of(new EventMention("CONSULT", "040", NORLAND, SUDMARK, new TimeValue.Day(LocalDate.of(2024, 3, 4)),
                "Geneva", sentence, span(A1, "met"), 0.9, true));
        return new Processed(new AnnotatedArticle(a, List.of(sentence), mentions, entities, quotes, List.of()), DuplicateVerdict.ORIGINAL, coded);
    }

    private static Processed collapseReport() {
        Article a = article("a3", "https://valley-post.example/collapse", A3, "Berg slams Sudmark after Geneva talks", "Valley Post", LocalDate.of(2024, 3, 6));
        List<Entity> entities = List.of(
                new Entity(BERG, "Ana Berg", EntityType.PERSON, List.of("Ana Berg", "Berg"), "NRL", List.of("foreign minister")),
                new Entity(SUDMARK, "Sudmark", EntityType.GPE, List.of("Sudmark"), null, List.of()),
                new Entity(FORCE, "Northern Alliance Force", EntityType.ORG, List.of("Northern Alliance Force", "NAF"), null, List.of()));
        List<Mention> mentions = List.of(mention(A3, "Ana Berg", EntityType.PERSON, BERG), mention(A3, "Sudmark", EntityType.GPE, SUDMARK),
                mention(A3, "Northern Alliance Force", EntityType.ORG, FORCE));
        List<Quote> quotes = List.of(quote(A3, "There is no trust left,", BERG, "Berg"));
        Span sentence = span(A3, "Ana Berg, the Norland foreign minister, slammed the Sudmark regime after the talks in Geneva on Tuesday.");
        List<EventMention> coded = List.of(new EventMention("CONSULT", "040", NORLAND, SUDMARK, new TimeValue.Day(LocalDate.of(2024, 3, 5)),
                "Geneva", sentence, span(A3, "talks"), 0.7, true));
        return new Processed(new AnnotatedArticle(a, List.of(sentence), mentions, entities, quotes, List.of()), DuplicateVerdict.ORIGINAL, coded);
    }

    private static Processed visitReport() {
        Article a = article("a4", "https://harbour-times.example/oslo", A4, "Lind in Oslo", "Harbour Times", LocalDate.of(2024, 4, 10));
        List<Entity> entities = List.of(
                new Entity(LIND, "Tomas Lind", EntityType.PERSON, List.of("Tomas Lind", "Lind"), "SDM", List.of("president")),
                new Entity(SUDMARK, "Sudmark", EntityType.GPE, List.of("Sudmark"), null, List.of()),
                new Entity(FORCE, "Northern Alliance Force", EntityType.ORG, List.of("NAF"), null, List.of()));
        List<Mention> mentions = List.of(mention(A4, "Tomas Lind", EntityType.PERSON, LIND), mention(A4, "NAF", EntityType.ORG, FORCE));
        List<Quote> quotes = List.of(quote(A4, "Peace is close,", LIND, "Lind"));
        Span sentence = span(A4, "Sudmark's president Tomas Lind visited Oslo on Wednesday.");
        List<EventMention> coded = List.of(new EventMention("VISIT", "042", LIND, null, new TimeValue.Day(LocalDate.of(2024, 4, 10)), "Oslo",
                sentence, span(A4, "visited"), 0.8, true));
        return new Processed(new AnnotatedArticle(a, List.of(sentence), mentions, entities, quotes, List.of()), DuplicateVerdict.ORIGINAL, coded);
    }

    private static Processed markupNote() {
        Article a = article("a5", null, A5, "<script>alert('t')</script> Markup & titles", "Valley Post", null);
        return new Processed(AnnotatedArticle.bare(a), DuplicateVerdict.ORIGINAL, List.of());
    }

    private static Processed copyOf(Processed original, String id, String url, String outlet) {
        Article o = original.article();
        Metadata m = new Metadata(o.metadata().title(), Optional.of(new Found<>(outlet, "test", null)), Optional.empty(), o.metadata().published());
        Article copy = new Article(id, "fixture:" + id, url, o.original(), o.text(), m, List.of(), o.fingerprint());
        return new Processed(new AnnotatedArticle(copy, original.annotated().sentences(), original.annotated().mentions(),
                original.annotated().entities(), original.annotated().quotes(), List.of()),
                new DuplicateVerdict(DuplicateVerdict.Kind.EXACT, original.article().id(), 1.0), List.of());
    }

    static Article article(String id, String url, String text, String title, String outlet, LocalDate published) {
        Metadata m = new Metadata(Optional.of(new Found<>(title, "test", null)), Optional.of(new Found<>(outlet, "test", null)), Optional.empty(),
                published == null ? Optional.empty() : Optional.of(new Found<>(published, "test", null)));
        return new Article(id, "fixture:" + id, url, text, text, m, List.of(), sha(text));
    }

    static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in the fixture text: " + part);
        }
        return new Span(i, i + part.length());
    }

    private static Mention mention(String text, String part, EntityType type, String entity) {
        return new Mention(span(text, part), type, MentionKind.NAME, entity);
    }

    private static Quote quote(String text, String words, String speaker, String speakerName) {
        return new Quote(span(text, words), true, speaker, span(text, speakerName), "said", 0.9);
    }

    private static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
