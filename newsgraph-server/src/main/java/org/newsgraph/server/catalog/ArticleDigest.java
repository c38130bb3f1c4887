package org.newsgraph.server.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Processed;

/**
 * What the catalog keeps of one stored article, independent of event clustering (which changes as articles
 * arrive): its listing view (without event), its entities, the surface forms of its mentions and its quotes
 * (without event). Lets {@link LiveCatalog} read each stored article once, however many ingests follow.
 *
 * @param view     the listing view, {@code eventId} null
 * @param entities the article's canonical entities
 * @param mentions one per mention: entity id and surface form ({@code null} surface for a pronoun)
 * @param quotes   the article's quotations, {@code eventId} null
 */
record ArticleDigest(ArticleView view, List<Entity> entities, List<MentionSurface> mentions, List<QuoteView> quotes) {
    ArticleDigest {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
    }

    /** A mention's entity and surface form; {@code surface} is null for pronouns. */
    record MentionSurface(String entityId, String surface) {
    }

    /** Digest of a processed article. Spans that do not fit the text are skipped. */
    static ArticleDigest of(Processed p) {
        var a = p.article();
        var m = a.metadata();
        String text = a.text();
        ArticleView view = new ArticleView(a.id(), m.titleText().orElse(null), m.outletName().orElse(null),
                m.publishedDate().orElse(null), a.url(), p.duplicate().duplicateOf(), p.duplicate().kind().name(), null);
        Map<String, Entity> local = new HashMap<>();
        p.annotated().entities().forEach(e -> local.put(e.id(), e));
        List<MentionSurface> mentions = new ArrayList<>();
        for (Mention mention : p.annotated().mentions()) {
            if (mention.span().end() <= text.length()) {
                mentions.add(new MentionSurface(mention.entityId(), mention.kind() == MentionKind.PRONOUN ? null : mention.span().of(text)));
            }
        }
        List<QuoteView> quotes = new ArrayList<>();
        for (Quote q : p.annotated().quotes()) {
            if (q.span().end() > text.length()) {
                continue;
            }
            String speaker = q.speakerId() != null && local.containsKey(q.speakerId()) ? local.get(q.speakerId()).canonical()
                    : q.speakerSpan() != null && q.speakerSpan().end() <= text.length() ? q.speakerSpan().of(text) : null;
            quotes.add(new QuoteView(a.id(), view.outlet(), view.published(), null, q.speakerId(), speaker,
                    q.span().of(text), q.span(), q.direct(), q.cue(), List.of()));
        }
        return new ArticleDigest(view, p.annotated().entities(), mentions, quotes);
    }
}
