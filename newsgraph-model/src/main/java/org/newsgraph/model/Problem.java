package org.newsgraph.model;

/**
 * Bad input as a value: what was wrong, where, and what happened to it. Problems are counted, stored and shown;
 * they are never thrown.
 *
 * @param code     stable machine-readable code, e.g. {@code empty}, {@code binary}, {@code malformed-json}
 * @param message  one human sentence
 * @param location where the input came from: a file, {@code file:line}, a URL or {@code stdin:line}
 */
public record Problem(String code, String message, String location) {
    public Problem {
        requireText(code, "code");
        requireText(message, "message");
        requireText(location, "location");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("problem " + name + " must not be blank");
        }
    }

    @Override
    public String toString() {
        return location + ": " + code + ": " + message;
    }
}
