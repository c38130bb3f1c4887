package org.newsgraph.model;

import java.util.Objects;

/**
 * One reference to an entity in {@link Article#text()}.
 *
 * @param span     the characters of the mention
 * @param type     entity class
 * @param kind     name, pronoun, role description ...
 * @param entityId id of the {@link Entity} it refers to (article-local until resolution makes it global)
 */
public record Mention(Span span, EntityType type, MentionKind kind, String entityId) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entityId, "entityId");
    }
}
