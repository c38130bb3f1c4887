package org.newsgraph.store.codec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.pipeline.dedup.DuplicateVerdict;

/** The one configured JSON mapper for model records. Thread-safe. */
public final class Json {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = TimeValue.Day.class, name = "day"),
        @JsonSubTypes.Type(value = TimeValue.Month.class, name = "month"),
        @JsonSubTypes.Type(value = TimeValue.Year.class, name = "year"),
        @JsonSubTypes.Type(value = TimeValue.Range.class, name = "range"),
        @JsonSubTypes.Type(value = TimeValue.UnresolvedWeekday.class, name = "weekday"),
        @JsonSubTypes.Type(value = TimeValue.UnresolvedMonthDay.class, name = "month-day"),
        @JsonSubTypes.Type(value = TimeValue.Duration.class, name = "duration"),
        @JsonSubTypes.Type(value = TimeValue.DateTime.class, name = "date-time"),
        @JsonSubTypes.Type(value = TimeValue.TimeOfDay.class, name = "time-of-day"),
        @JsonSubTypes.Type(value = TimeValue.DayPart.class, name = "day-part"),
        @JsonSubTypes.Type(value = TimeValue.Week.class, name = "week"),
        @JsonSubTypes.Type(value = TimeValue.Quarter.class, name = "quarter"),
        @JsonSubTypes.Type(value = TimeValue.Season.class, name = "season"),
        @JsonSubTypes.Type(value = TimeValue.Decade.class, name = "decade"),
        @JsonSubTypes.Type(value = TimeValue.Century.class, name = "century"),
        @JsonSubTypes.Type(value = TimeValue.Deictic.class, name = "deictic"),
        @JsonSubTypes.Type(value = TimeValue.Recurrence.class, name = "recurrence")
    })
    private interface TimeValueMixin {
        @JsonIgnore
        java.util.Optional<java.time.LocalDate> day();
    }

    private interface SpanMixin {
        @JsonIgnore
        int length();
    }

    private interface VerdictMixin {
        @JsonIgnore
        boolean isCopy();
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addMixIn(TimeValue.class, TimeValueMixin.class)
            .addMixIn(Span.class, SpanMixin.class)
            .addMixIn(DuplicateVerdict.class, VerdictMixin.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
