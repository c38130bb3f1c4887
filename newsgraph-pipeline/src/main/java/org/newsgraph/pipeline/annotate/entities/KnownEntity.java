package org.newsgraph.pipeline.annotate.entities;

import java.util.Objects;
import org.newsgraph.model.EntityType;

/**
 * An entity from the knowledge tables: a country, a capital city or an organisation.
 *
 * @param id        corpus-wide id, e.g. {@code gpe:NOR}, {@code org:interpol}
 * @param type      entity class
 * @param canonical preferred name
 * @param country   ISO 3166 alpha-3 code of its country, or {@code null}
 */
public record KnownEntity(String id, EntityType type, String canonical, String country) {
    public KnownEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }
}
