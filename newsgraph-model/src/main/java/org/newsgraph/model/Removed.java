package org.newsgraph.model;

import java.util.Objects;

/**
 * A part of the original text that extraction removed, and why.
 *
 * @param span   characters of {@link Article#original()}
 * @param reason rule name, e.g. {@code nav-crumb}, {@code licence}, {@code duplicate-title}, {@code captcha}
 */
public record Removed(Span span, String reason) {
    public Removed {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
    }
}
