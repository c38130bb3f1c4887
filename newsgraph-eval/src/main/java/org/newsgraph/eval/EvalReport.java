package org.newsgraph.eval;

/**
 * The scores {@code newsgraph eval --json} prints. Every key is always present; a metric whose stage does not
 * produce anything yet, or that the gold set does not label, is {@code null}. Definitions: see the README
 * section "Metrics".
 */
public record EvalReport(String dataset, int articles, Extraction extraction, Dedup dedup, Events events, Stories stories,
                         Entities entities, Quotes quotes, Speed speed) {

    public record Extraction(Double titleAccuracy, Double outletAccuracy, Double publishedAccuracy, Integer inventedPublished,
                             Double boilerplateRemoved, Double contentKept) {
    }

    public record Dedup(Double precision, Double recall) {
    }

    public record Events(Double bcubedPrecision, Double bcubedRecall, Double bcubedF1, Double pairwiseF1, Double dateAccuracy,
                         Integer inventedDates, Double typeAccuracy, Double actorRecall, Double locationAccuracy) {
    }

    public record Stories(Double bcubedF1) {
    }

    public record Entities(Double recall, Double aliasRecall) {
    }

    public record Quotes(Double recall, Double speakerAccuracy) {
    }

    public record Speed(Double articlesPerSecond, Double wallSeconds) {
    }
}
