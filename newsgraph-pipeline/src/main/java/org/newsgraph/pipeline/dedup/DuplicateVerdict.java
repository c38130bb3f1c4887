package org.newsgraph.pipeline.dedup;

import java.util.Objects;

/**
 * Whether an article copies one seen before.
 *
 * @param kind        how it copies
 * @param duplicateOf the earlier article it copies, {@code null} when {@code kind} is {@link Kind#ORIGINAL}
 * @param similarity  estimated overlap with {@code duplicateOf}, 0..1 (0 for originals)
 */
public record DuplicateVerdict(Kind kind, String duplicateOf, double similarity) {
    public enum Kind { ORIGINAL, EXACT, NEAR, PARTIAL }

    public static final DuplicateVerdict ORIGINAL = new DuplicateVerdict(Kind.ORIGINAL, null, 0);

    public DuplicateVerdict {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ORIGINAL) != (duplicateOf == null)) {
            throw new IllegalArgumentException("duplicateOf must be set exactly for copies");
        }
    }

    public boolean isCopy() {
        return kind != Kind.ORIGINAL;
    }
}
