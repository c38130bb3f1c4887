package org.newsgraph.pipeline.ingest;

import java.util.function.Consumer;

/**
 * Reads documents from somewhere and hands them on one at a time, in a stable order.
 *
 * <p>Implementations must not throw for bad input (unreadable files, malformed lines, binary data): each bad
 * item becomes a {@link SourceItem.Skipped} and reading goes on. Not thread-safe.
 */
public interface Source {
    void read(Consumer<SourceItem> sink);
}
