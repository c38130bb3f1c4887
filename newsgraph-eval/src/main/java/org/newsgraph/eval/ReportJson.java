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

    public static String write(EvalReport report, boolean pretty) {
        try {
            return pretty ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) : MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the report", e);
        }
    }
}
