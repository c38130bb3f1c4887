package org.newsgraph.server.catalog;

import java.util.List;

/**
 * What different sources say about one field of an event, when they do not all agree.
 *
 * @param field  {@code type}, {@code date}, {@code place}, {@code source} or {@code target}
 * @param claims each distinct value with the articles that state it
 */
public record FieldClaims(String field, List<Claim> claims) {
    public FieldClaims {
        claims = List.copyOf(claims);
    }

    /**
     * One value of a field and who states it.
     *
     * @param value    the value as stated
     * @param articles ids of the articles stating it
     * @param outlets  their outlets (unknown outlets left out)
     */
    public record Claim(String value, List<String> articles, List<String> outlets) {
        public Claim {
            articles = List.copyOf(articles);
            outlets = List.copyOf(outlets);
        }
    }
}
