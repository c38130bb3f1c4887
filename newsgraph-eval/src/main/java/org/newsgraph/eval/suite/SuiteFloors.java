package org.newsgraph.eval.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.eval.Floors;
import org.newsgraph.model.Outcome;

/**
 * The quality gate of {@code eval --all}: the floors file's sets (by suite name) and {@value SuiteReport#WORST}, the
 * worst value of each metric over every set; the format is {@link Floors}'s. A set named in the file that could not
 * be run is a violation.
 */
public final class SuiteFloors {
    private SuiteFloors() {
    }

    /** The violations of a whole suite run: every set named in the file, and the worst case. */
    public static Outcome<List<String>> check(Path floorsFile, SuiteReport report) {
        Outcome<JsonNode> read = Floors.read(floorsFile);
        if (read instanceof Outcome.Failed<JsonNode> f) {
            return new Outcome.Failed<>(f.problem());
        }
        JsonNode root = ((Outcome.Ok<JsonNode>) read).value();
        List<String> violations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            if (name.equals("about")) {
                continue;
            }
            Map<String, Double> values;
            if (name.equals(SuiteReport.WORST)) {
                values = report.worstValues();
                for (String metric : report.metrics()) {
                    values.putIfAbsent(metric, null);
                }
            } else {
                Optional<SetResult> set = report.set(name);
                if (set.isEmpty()) {
                    return Outcome.failed("bad-floors", "unknown set \"" + name + "\" (not in the suite)", floorsFile.toString());
                }
                if (set.get().problem() != null) {
                    violations.add(name + " was not run: " + set.get().problem());
                    continue;
                }
                values = set.get().metrics();
            }
            Optional<String> bad = Floors.checkBounds(name, entry.getValue(), values, violations, name + ": ");
            if (bad.isPresent()) {
                return Outcome.failed("bad-floors", bad.get(), floorsFile.toString());
            }
        }
        return Outcome.ok(violations);
    }

}
