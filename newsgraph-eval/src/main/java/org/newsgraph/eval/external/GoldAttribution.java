package org.newsgraph.eval.external;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * One attribution relation of PolNeAR: who (source) said (cue) what (content). Parts may be discontinuous, so
 * each is a list of fragments.
 *
 * @param content the attributed content, never empty
 * @param source  the speaker, empty when not annotated
 * @param cue     the cue, empty when not annotated
 * @param direct  whether the content is a direct quotation (it starts at, or just after, a quotation mark)
 */
public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue, boolean direct) {
    public GoldAttribution {
        content = List.copyOf(content);
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }

    /** From the first content character to the last. */
    public Span contentCover() {
        return cover(content);
    }

    static Span cover(List<Span> fragments) {
        int start = fragments.stream().mapToInt(Span::start).min().orElse(0);
        int end = fragments.stream().mapToInt(Span::end).max().orElse(0);
        return new Span(start, end);
    }
}
