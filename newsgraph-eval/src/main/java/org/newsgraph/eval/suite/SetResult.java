package org.newsgraph.eval.suite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one set in one run.
 *
 * @param set       the set
 * @param metrics   metric name ({@code section.metric}, as in {@code newsgraph eval --json}) → value, or
 *                  {@code null} where the set does not label it; in the order they are printed
 * @param baselines baseline label → its metrics (event clustering only), from the same run
 * @param problem   why the set could not be run (missing files), or {@code null}
 */
public record SetResult(SuiteSet set, Map<String, Double> metrics, Map<String, Map<String, Double>> baselines, String problem) {
    public SetResult {
        Objects.requireNonNull(set, "set");
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        baselines.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        baselines = java.util.Collections.unmodifiableMap(copy);
    }

    static SetResult skipped(SuiteSet set, String why) {
        return new SetResult(set, Map.of(), Map.of(), why);
    }

    public Double metric(String name) {
        return metrics.get(name);
    }
}
