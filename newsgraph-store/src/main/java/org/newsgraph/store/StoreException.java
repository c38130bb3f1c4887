package org.newsgraph.store;

/**
 * A failure of the store itself (disk full, corrupt database, folder locked by another process): our fault or
 * the environment's, never the input's. The CLI reports it once and exits with status 1.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
