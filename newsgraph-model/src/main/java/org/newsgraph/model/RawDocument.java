package org.newsgraph.model;

import java.util.Objects;

/**
 * Bytes as read from a source, before any decoding.
 *
 * @param location where it came from (file path, {@code file:line}, URL); also the fallback identity
 * @param bytes    the body, undecoded
 * @param format   how to read the body
 * @param charset  a charset the source declared (JSONL is UTF-8), or {@code null} to detect
 * @param hints    metadata stated by the source
 */
public record RawDocument(String location, byte[] bytes, Format format, String charset, SourceHints hints) {
    public RawDocument {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        hints = hints == null ? SourceHints.NONE : hints;
    }
}
