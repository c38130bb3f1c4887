package org.newsgraph.pipeline.annotate.entities;

import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionKind;
import org.newsgraph.model.Span;

/**
 * A mention found in one article before it is tied to an entity: tokens {@code [first, last)}, what kind of
 * reference it is, and what the knowledge tables say it names ({@code known}, or {@code null}).
 */
record Candidate(int first, int last, Span span, String surface, EntityType type, MentionKind kind, KnownName known) {
    boolean overlaps(Candidate other) {
        return first < other.last && other.first < last;
    }

    boolean covers(Candidate other) {
        return first <= other.first && other.last <= last;
    }

    int length() {
        return last - first;
    }
}
