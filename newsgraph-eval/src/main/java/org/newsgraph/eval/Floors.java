package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Outcome;

/**
 * The quality gate: {@code floors.json} maps a set name (or {@code worst}, the worst value of each
 * metric over every set of {@code eval --all}, see {@code SuiteFloors}) to {@code "min"} and {@code "max"} objects of
 * {@code "section.metric": number}; a top-level {@code "about"} string documents the margins. A metric below its
 * min or above its max, or null where a bound is set, is a violation. Unknown metric names and unknown keys are
 * rejected (a typo must not silently disable a check).
 */
public final class Floors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Floors() {
    }

    /** The violations of one set's report (other sets in the file are ignored), or a Problem when the file is unusable. */
    public static Outcome<List<String>> check(Path floorsFile, EvalReport report) {
        Outcome<JsonNode> root = read(floorsFile);
        if (root instanceof Outcome.Failed<JsonNode> f) {
            return new Outcome.Failed<>(f.problem());
        }
        JsonNode bounds = ((Outcome.Ok<JsonNode>) root).value().path(report.dataset());
        List<String> violations = new ArrayList<>();
        if (bounds.isMissingNode()) {
            return Outcome.ok(violations);
        }
        Optional<String> bad = checkBounds(report.dataset(), bounds, ReportJson.metrics(report), violations, "");
        return bad.<Outcome<List<String>>>map(m -> Outcome.failed("bad-floors", m, floorsFile.toString())).orElseGet(() -> Outcome.ok(violations));
    }

    /** The floors file as a tree, or a Problem when it cannot be read. */
    public static Outcome<JsonNode> read(Path floorsFile) {
        try {
            return Outcome.ok(JSON.readTree(Files.readString(floorsFile)));
        } catch (IOException e) {
            return Outcome.failed("bad-floors", "cannot read floors: " + e.getMessage(), floorsFile.toString());
        }
    }

    /**
     * Adds the violations of {@code bounds} ({@code min}/{@code max} objects) over {@code values}, each message
     * starting with {@code prefix}; returns why the bounds are unusable, if they are.
     */
    public static Optional<String> checkBounds(String name, JsonNode bounds, Map<String, Double> values, List<String> violations,
                                                String prefix) {
        for (Iterator<String> it = bounds.fieldNames(); it.hasNext(); ) {
            String kind = it.next();
            if (!kind.equals("min") && !kind.equals("max")) {
                return Optional.of("unknown key \"" + kind + "\" for " + name + " (use min, max)");
            }
            for (Iterator<Map.Entry<String, JsonNode>> f = bounds.path(kind).fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> bound = f.next();
                if (!values.containsKey(bound.getKey())) {
                    return Optional.of("unknown metric \"" + bound.getKey() + "\" for " + name);
                }
                Double value = values.get(bound.getKey());
                double limit = bound.getValue().asDouble();
                if (value == null) {
                    violations.add(prefix + bound.getKey() + " is null, " + kind + " " + limit);
                } else if (kind.equals("min") && value < limit - 1e-9) {
                    violations.add(prefix + bound.getKey() + " = " + value + " < floor " + limit);
                } else if (kind.equals("max") && value > limit + 1e-9) {
                    violations.add(prefix + bound.getKey() + " = " + value + " > ceiling " + limit);
                }
            }
        }
        return Optional.empty();
    }
}
