package org.newsgraph.eval.suite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The figures of every set in one run, and the worst set per metric. */
public record SuiteReport(List<SetResult> sets) {
    /** The pseudo-set under which the worst value of each metric is reported and gated. */
    public static final String WORST = "worst";

    public SuiteReport {
        sets = List.copyOf(sets);
    }

    /** Where a metric is worst: the set and its value. */
    public record Worst(String set, double value) {
    }

    /** Every metric some set reports, in first-seen order. */
    public List<String> metrics() {
        Set<String> names = new LinkedHashSet<>();
        sets.forEach(s -> names.addAll(s.metrics().keySet()));
        return new ArrayList<>(names);
    }

    /** Counts of invented things are better low; every other metric is better high. */
    public static boolean lowerIsBetter(String metric) {
        return metric.contains("invented");
    }

    /** The worst value of a metric over the sets that report it (ties: the first set), or empty when none does. */
    public Optional<Worst> worst(String metric) {
        Worst worst = null;
        for (SetResult s : sets) {
            Double v = s.metric(metric);
            if (v == null) {
                continue;
            }
            if (worst == null || (lowerIsBetter(metric) ? v > worst.value() : v < worst.value())) {
                worst = new Worst(s.set().name(), v);
            }
        }
        return Optional.ofNullable(worst);
    }

    /** The worst value of every metric, as a metric table of its own (what the floors call {@value #WORST}). */
    public Map<String, Double> worstValues() {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (String m : metrics()) {
            worst(m).ifPresent(w -> out.put(m, w.value()));
        }
        return out;
    }

    public Optional<SetResult> set(String name) {
        return sets.stream().filter(s -> s.set().name().equals(name)).findFirst();
    }
}
