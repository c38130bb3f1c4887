package org.newsgraph.pipeline.events;

import java.util.Objects;
import java.util.Optional;

/**
 * The learned sentence-level type model applied to text: the probability of each {@link CameoClass}. Thread-safe
 * when the features' embedder is.
 */
public final class EventTypeClassifier {
    private final EventTypeFeatures features;
    private final EventTypeModel model;

    public EventTypeClassifier(EventTypeFeatures features, EventTypeModel model) {
        this.features = Objects.requireNonNull(features);
        this.model = Objects.requireNonNull(model);
    }

    /** The class probabilities of {@code text} in {@link CameoClass} order, or empty when it cannot be embedded. */
    public Optional<double[]> probabilities(String text) {
        return features.of(text).map(model::probabilities);
    }
}
