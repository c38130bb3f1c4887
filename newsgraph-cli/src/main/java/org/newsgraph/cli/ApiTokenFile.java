package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The API token kept in the data folder ({@code api-token}, readable by its owner only): made on the first
 * {@code serve} of a folder, read on every later one, so that writes need a token unless one is given.
 */
final class ApiTokenFile {
    static final String NAME = "api-token";

    /** The token, and whether it was made just now (then it is shown once). */
    record Token(String value, Path file, boolean created) {
    }

    private ApiTokenFile() {
    }

    static Token readOrCreate(Path data) throws IOException {
        Path file = data.resolve(NAME);
        if (Files.isRegularFile(file)) {
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!value.isEmpty()) {
                return new Token(value, file, false);
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(data);
        Path tmp = data.resolve(NAME + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
        }
        Files.writeString(tmp, value + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new Token(value, file, true);
    }
}
