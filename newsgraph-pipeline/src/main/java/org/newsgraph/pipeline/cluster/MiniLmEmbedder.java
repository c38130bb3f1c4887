package org.newsgraph.pipeline.cluster;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that ships inside its jar (mean pooling, as that
 * jar's own model class), run by ONNX Runtime on the CPU. Loading takes about a second; create one and share it.
 *
 * <p>Thread-safe, and meant to be called from several threads at once: each call runs on its caller's thread alone
 * (one intra-op thread, no spinning), so the ingest's workers keep the cores busy between them instead of one call
 * waiting for a pool of ONNX threads that, on a busy machine, get no core. Blank text gives
 * {@link Optional#empty()}; a model failure on one text also gives empty, not an exception.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final Model model = new Model(load());

    @Override
    public Optional<float[]> embed(String text) {
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

    private static OnnxBertBiEncoder load() {
        ClassLoader loader = MiniLmEmbedder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(MODEL); InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the MiniLM model is missing from the class path (" + MODEL + ")");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the MiniLM model: " + e.getMessage(), e);
        }
    }

    /** The library's in-process model around our own session. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
