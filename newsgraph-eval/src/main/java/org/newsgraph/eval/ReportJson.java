package org.newsgraph.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Renders an {@link EvalReport} as one JSON object with snake_case keys; nulls are written. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private ReportJson() {
    }

    /**
     * The report with a top-level {@code "baselines"} object added: for each baseline (by label, in the map's
     * order) its events B³ precision, recall and F1 as {@code bcubed_precision}, {@code bcubed_recall},
     * {@code bcubed_f1}.
     */
    public static String write(EvalReport report, java.util.Map<String, EvalReport.Events> baselines, boolean pretty) {
        com.fasterxml.jackson.databind.node.ObjectNode root = MAPPER.valueToTree(report);
        com.fasterxml.jackson.databind.node.ObjectNode out = root.putObject("baselines");
        baselines.forEach((label, events) -> {
            com.fasterxml.jackson.databind.node.ObjectNode b = out.putObject(label);
            b.put("bcubed_precision", events.bcubedPrecision());
            b.put("bcubed_recall", events.bcubedRecall());
            b.put("bcubed_f1", events.bcubedF1());
        });
        try {
            return pretty ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) : MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the report", e);
        }
    }

    public static String write(EvalReport report, boolean pretty) {
        try {
            return pretty ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) : MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the report", e);
        }
    }

    /**
     * Every score of a report as {@code section.metric}, the names {@code --json} prints and the floors use; the
     * speed section is left out (it is not a quality figure and not deterministic).
     */
    public static java.util.Map<String, Double> metrics(EvalReport report) {
        com.fasterxml.jackson.databind.JsonNode tree = MAPPER.valueToTree(report);
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        tree.fields().forEachRemaining(section -> {
            if (section.getValue().isObject() && !section.getKey().equals("speed")) {
                section.getValue().fields().forEachRemaining(metric -> out.put(section.getKey() + "." + metric.getKey(),
                        metric.getValue().isNull() ? null : metric.getValue().asDouble()));
            }
        });
        return out;
    }
}
