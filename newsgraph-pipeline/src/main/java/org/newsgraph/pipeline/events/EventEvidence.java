package org.newsgraph.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Span;

/**
 * Where in the article text each coded field of one {@link EventMention} is read from, so that a reader can check
 * it. A span is null when its field is not coded or nothing in the text supports it.
 *
 * @param type   the trigger, which names the event type
 * @param source a mention of the source entity, or null
 * @param target a mention of the target entity, or null
 * @param date   the time expression the date was read from, or null
 * @param place  the place name (a mention, or the dateline), or null
 */
public record EventEvidence(Span type, Span source, Span target, Span date, Span place) {
    /** The names of the fields {@code mention} codes that have no non-empty evidence here, in field order. */
    public List<String> unsupported(EventMention mention) {
        List<String> out = new ArrayList<>();
        check(out, "type", true, type);
        check(out, "source", mention.sourceId() != null, source);
        check(out, "target", mention.targetId() != null, target);
        check(out, "date", mention.date() != null, date);
        check(out, "place", mention.place() != null, place);
        return List.copyOf(out);
    }

    private static void check(List<String> out, String field, boolean coded, Span span) {
        if (coded && (span == null || span.start() == span.end())) {
            out.add(field);
        }
    }
}
