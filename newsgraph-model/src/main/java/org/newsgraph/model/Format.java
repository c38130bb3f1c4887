package org.newsgraph.model;

/** How the bytes of a {@link RawDocument} are to be read. */
public enum Format {
    /** Plain text; the first non-empty line may be the title. */
    TEXT,
    /** An HTML page. */
    HTML
}
