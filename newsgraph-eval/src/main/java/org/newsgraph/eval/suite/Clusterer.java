package org.newsgraph.eval.suite;

import java.util.Objects;
import java.util.function.Supplier;
import org.newsgraph.pipeline.Pipeline;

/**
 * A line-up the suite runs: the product's, or a baseline it is compared with.
 *
 * @param label     how it is reported ({@code newsgraph}, {@code embeddings}, {@code minhash})
 * @param pipelines a fresh pipeline per set
 */
public record Clusterer(String label, Supplier<Pipeline> pipelines) {
    public Clusterer {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(pipelines, "pipelines");
    }
}
