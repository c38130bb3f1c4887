package org.newsgraph.pipeline.cluster;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Optional;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that ships inside its jar, run by ONNX Runtime
 * on the CPU. Loading takes about a second; create one and share it. Calls are serialized, so it is thread-safe.
 * Blank text gives {@link Optional#empty()}; a model failure on one text also gives empty, not an exception.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public synchronized Optional<float[]> embed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            float[] vector = model.embed(text).content().vector();
            return Optional.of(Vectors.normalized(vector));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
