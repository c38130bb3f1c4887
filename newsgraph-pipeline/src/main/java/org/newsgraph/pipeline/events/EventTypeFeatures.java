package org.newsgraph.pipeline.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.cluster.TextEmbedder;

/**
 * The features of the sentence-level event type model ({@link EventTypeModel}), the same at training and at coding
 * time: the sentence embedding (MiniLM, {@value #EMBEDDING} dimensions), then the share of the ontology's cue
 * support that falls into each {@link CameoClass} (a cue's weight times its salience), then 1 when no cue with a
 * CAMEO code matched. Thread-safe when the embedder is.
 */
public final class EventTypeFeatures {
    public static final int EMBEDDING = 384;
    public static final int SIZE = EMBEDDING + CameoClass.values().length + 1;
    private final TextEmbedder embedder;
    private final CueMatcher matcher;
    private final EnglishStemmer stemmer;

    public EventTypeFeatures(TextEmbedder embedder, EventOntology ontology, EnglishStemmer stemmer) {
        this.embedder = Objects.requireNonNull(embedder);
        this.matcher = new CueMatcher(ontology);
        this.stemmer = Objects.requireNonNull(stemmer);
    }

    /** The feature vector of {@code text}, or empty when the text is blank or cannot be embedded. */
    public Optional<double[]> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<float[]> vector = embedder.embed(text);
        if (vector.isEmpty() || vector.get().length != EMBEDDING) {
            return Optional.empty();
        }
        double[] x = new double[SIZE];
        float[] v = vector.get();
        for (int i = 0; i < EMBEDDING; i++) {
            x[i] = v[i];
        }
        double[] cues = cueShares(text);
        System.arraycopy(cues, 0, x, EMBEDDING, cues.length);
        return Optional.of(x);
    }

    /** The cue support per class as shares summing to 1, then the no-cue flag; all zero but the flag without cues. */
    double[] cueShares(String text) {
        List<Token> tokens = Token.of(text, new Span(0, text.length()), stemmer);
        int classes = CameoClass.values().length;
        double[] shares = new double[classes + 1];
        double total = 0;
        for (CueMatch m : matcher.find(tokens)) {
            Optional<CameoClass> c = CameoClass.of(m.cue().cameo());
            if (c.isPresent()) {
                double s = m.cue().weight() * m.cue().salience();
                shares[c.get().ordinal()] += s;
                total += s;
            }
        }
        if (total == 0) {
            shares[classes] = 1;
            return shares;
        }
        for (int i = 0; i < classes; i++) {
            shares[i] /= total;
        }
        return shares;
    }
}
