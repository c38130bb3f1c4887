package org.newsgraph.store.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.newsgraph.store.StoreException;

/**
 * A small state record kept as one JSON file in the data folder (what {@code watch} and the webhooks remember between
 * runs): read whole, and written whole and atomically (a temporary file beside it moved into place), so a reader
 * sees the old state or the new one, never half of one. Stateless, thread-safe.
 */
public final class JsonStateFile {
    private JsonStateFile() {
    }

    /**
     * The record saved in {@code file}, or empty when there is none; an unreadable file is a {@link StoreException}
     * whose message ends with {@code remedy} (what the user may do about it).
     */
    public static <T> Optional<T> read(Path file, Class<T> type, String remedy) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(Files.readString(file, StandardCharsets.UTF_8), type));
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot read " + file + "; " + remedy, e);
        }
    }

    /** Writes {@code state} to {@code file} atomically. */
    public static void write(Path file, Object state) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, Json.write(state), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file, e);
        }
    }
}
