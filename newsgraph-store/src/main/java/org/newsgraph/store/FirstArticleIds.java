package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.Processed;

/**
 * Event and story ids derived from their first article, so that an id does not depend on the order the articles
 * arrived in, nor on the clusterer's internal numbering. The <em>first article</em> of an event is its earliest
 * published member (undated members after dated ones; ties: the smaller article id); the event's id is
 * {@code ev-} and the first 12 hex digits of the SHA-256 of that article's id. A story's id is {@code st-} and the
 * same digest of the first article over all its events. A later article therefore leaves the id alone unless it was
 * published before every earlier member; when it was (or when events merge), the id that goes away is redirected by
 * the store ({@link EventStore#redirectedEvent}). Clustering is untouched: only the names change.
 * Stateless and thread-safe; an article missing from {@code articles} sorts as undated.
 */
public final class FirstArticleIds {
    private static final int HEX_DIGITS = 12;

    private FirstArticleIds() {
    }

    /** An {@link EventBuilder} that builds with {@code inner} and then names events and stories by first article. */
    public static EventBuilder around(EventBuilder inner) {
        Objects.requireNonNull(inner);
        return (clustering, articles) -> {
            Map<String, Processed> byId = new HashMap<>();
            for (Processed p : articles) {
                byId.put(p.article().id(), p);
            }
            return rename(inner.build(clustering, articles), byId);
        };
    }

    /** The same events, renamed; events are returned sorted by their new id. */
    public static List<Event> rename(List<Event> events, Map<String, Processed> articles) {
        Comparator<String> earliest = Comparator.<String, LocalDate>comparing(
                        id -> published(articles.get(id)), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
        Map<String, String> storyFirst = new LinkedHashMap<>();
        for (Event e : events) {
            String story = e.storyId() == null ? e.id() : e.storyId();
            for (String a : e.articleIds()) {
                storyFirst.merge(story, a, (x, y) -> earliest.compare(x, y) <= 0 ? x : y);
            }
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.articleIds().isEmpty()) {
                out.add(e);
                continue;
            }
            String first = e.articleIds().stream().min(earliest).orElseThrow();
            String story = storyFirst.get(e.storyId() == null ? e.id() : e.storyId());
            out.add(e.withIds("ev-" + digest(first), "st-" + digest(story)));
        }
        out.sort(Comparator.comparing(Event::id));
        return out;
    }

    /** The first 12 hex digits of the SHA-256 of {@code articleId} (UTF-8). */
    static String digest(String articleId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static LocalDate published(Processed p) {
        return p == null ? null : p.article().metadata().publishedDate().orElse(null);
    }
}
