package org.newsgraph.model;

import java.util.Objects;

/** Either a value or the {@link Problem} that prevented it. Stages return this instead of throwing. */
public sealed interface Outcome<T> {
    record Ok<T>(T value) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Failed<T>(Problem problem) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> failed(String code, String message, String location) {
        return new Failed<>(new Problem(code, message, location));
    }
}
