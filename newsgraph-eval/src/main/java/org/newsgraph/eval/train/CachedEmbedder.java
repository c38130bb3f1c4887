package org.newsgraph.eval.train;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.pipeline.cluster.TextEmbedder;

/** Remembers the vectors of texts it has embedded, so that re-clustering a set many times embeds each lead once. */
final class CachedEmbedder implements TextEmbedder {
    private final TextEmbedder embedder;
    private final Map<String, Optional<float[]>> cache = new HashMap<>();

    CachedEmbedder(TextEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder);
    }

    @Override
    public synchronized Optional<float[]> embed(String text) {
        return cache.computeIfAbsent(text, embedder::embed);
    }
}
