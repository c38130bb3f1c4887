package org.newsgraph.server.catalog;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * One quotation with its article context.
 *
 * @param articleId   the article quoting it
 * @param outlet      that article's outlet, or {@code null}
 * @param published   that article's publication date, or {@code null}
 * @param eventId     the event of that article, or {@code null}
 * @param speakerId   the speaking entity, or {@code null} when unattributed
 * @param speakerName the speaker's name, or {@code null}
 * @param text        the quoted words
 * @param span        where they are in the article text
 * @param direct      inside quotation marks ({@code false}: reported speech)
 * @param cue         reporting verb, or {@code null}
 * @param alsoIn      the other articles carrying the same words (the same quotation reported by other outlets,
 *                    or a longer or shorter stretch of it), in id order; empty when none
 */
public record QuoteView(String articleId, String outlet, LocalDate published, String eventId, String speakerId,
                        String speakerName, String text, Span span, boolean direct, String cue, List<String> alsoIn) {
    public QuoteView {
        alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
    }
}
