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
import org.newsgraph.model.Outcome;

/**
 * The quality gate: {@code floors.json} maps a dataset name to {@code "min"} and {@code "max"} objects of
 * {@code "section.metric": number}. A metric below its min or above its max, or null where a bound is set, is a
 * violation. Unknown metric names are rejected (a typo must not silently disable a check).
 */
public final class Floors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Floors() {
    }

    /** The violations, empty when the report passes; a Problem when the floors file is unusable. */
    public static Outcome<List<String>> check(Path floorsFile, EvalReport report) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(floorsFile));
        } catch (IOException e) {
            return Outcome.failed("bad-floors", "cannot read floors: " + e.getMessage(), floorsFile.toString());
        }
        JsonNode reportTree = readTree(report);
        JsonNode bounds = root.path(report.dataset());
        List<String> violations = new ArrayList<>();
        if (bounds.isMissingNode()) {
            return Outcome.ok(violations);
        }
        for (Iterator<String> it = bounds.fieldNames(); it.hasNext(); ) {
            String kind = it.next();
            if (!kind.equals("min") && !kind.equals("max")) {
                return Outcome.failed("bad-floors", "unknown key \"" + kind + "\" for " + report.dataset() + " (use min, max)", floorsFile.toString());
            }
            for (Iterator<Map.Entry<String, JsonNode>> f = bounds.path(kind).fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> bound = f.next();
                String[] path = bound.getKey().split("\\.");
                if (path.length != 2 || !reportTree.path(path[0]).has(path[1])) {
                    return Outcome.failed("bad-floors", "unknown metric \"" + bound.getKey() + "\"", floorsFile.toString());
                }
                JsonNode value = reportTree.path(path[0]).path(path[1]);
                double limit = bound.getValue().asDouble();
                if (value.isNull()) {
                    violations.add(bound.getKey() + " is null, " + kind + " " + limit);
                } else if (kind.equals("min") && value.asDouble() < limit - 1e-9) {
                    violations.add(bound.getKey() + " = " + value.asDouble() + " < floor " + limit);
                } else if (kind.equals("max") && value.asDouble() > limit + 1e-9) {
                    violations.add(bound.getKey() + " = " + value.asDouble() + " > ceiling " + limit);
                }
            }
        }
        return Outcome.ok(violations);
    }

    private static JsonNode readTree(EvalReport report) {
        try {
            return JSON.readTree(ReportJson.write(report, false));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
