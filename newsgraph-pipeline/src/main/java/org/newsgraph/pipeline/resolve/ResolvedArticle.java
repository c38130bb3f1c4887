package org.newsgraph.pipeline.resolve;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.AnnotatedArticle;

/**
 * An article whose entity ids are corpus ids.
 *
 * @param annotated   the annotations with rewritten {@code Mention.entityId}, {@code Entity.id} and
 *                    {@code Quote.speakerId}; spans untouched
 * @param entityLinks one link per entity of the input article, in the input order
 */
public record ResolvedArticle(AnnotatedArticle annotated, List<EntityLink> entityLinks) {
    public ResolvedArticle {
        Objects.requireNonNull(annotated, "annotated");
        entityLinks = List.copyOf(entityLinks);
    }
}
