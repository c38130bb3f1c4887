package org.newsgraph.pipeline.resolve;

import java.util.Objects;

/**
 * How one article-local entity was resolved.
 *
 * @param localId  the id the language layer gave it in its article
 * @param corpusId the id it has across the corpus (equal to {@code localId} when nothing was rewritten)
 * @param reason   why
 */
public record EntityLink(String localId, String corpusId, LinkReason reason) {
    public EntityLink {
        Objects.requireNonNull(localId, "localId");
        Objects.requireNonNull(corpusId, "corpusId");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the id changed. */
    public boolean rewritten() {
        return !localId.equals(corpusId);
    }
}
