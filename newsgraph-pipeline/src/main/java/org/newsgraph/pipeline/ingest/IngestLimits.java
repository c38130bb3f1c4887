package org.newsgraph.pipeline.ingest;

/**
 * Bounds that keep one bad input from taking the process down.
 *
 * @param maxDocumentBytes a document larger than this is skipped as {@code too-large}
 * @param maxLineBytes     a JSON line longer than this is skipped as {@code too-large}
 */
public record IngestLimits(long maxDocumentBytes, int maxLineBytes) {
    public static final IngestLimits DEFAULT = new IngestLimits(16L * 1024 * 1024, 32 * 1024 * 1024);

    public IngestLimits {
        if (maxDocumentBytes <= 0 || maxLineBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
