package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A canonical entity with every surface form it was seen under.
 *
 * @param id        stable key, e.g. {@code person:ali-shamkhani}, {@code gpe:IRN}
 * @param canonical the preferred name
 * @param type      entity class
 * @param aliases   every surface form seen (names, variants, role descriptions), canonical included
 * @param country   ISO 3166 alpha-3 code of the country it belongs to, or {@code null}
 * @param roles     roles seen, e.g. "foreign minister"
 */
public record Entity(String id, String canonical, EntityType type, List<String> aliases, String country, List<String> roles) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        roles = List.copyOf(roles == null ? List.of() : roles);
    }
}
