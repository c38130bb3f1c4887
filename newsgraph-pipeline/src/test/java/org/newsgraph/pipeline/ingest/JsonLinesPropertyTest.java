package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class JsonLinesPropertyTest {
    @Property(tries = 500)
    void anyLineGivesADocumentOrADeclaredProblem(@ForAll @StringLength(max = 300) String line) {
        SourceItem item = JsonLines.parse(line, "test:1");
        assertThat(item).isNotNull();
        if (item instanceof SourceItem.Skipped s) {
            assertThat(s.problem().code()).isIn("malformed-json", "no-body");
        }
    }

    @Property(tries = 300)
    void anyStringFieldValuesAreAccepted(@ForAll String text, @ForAll String date, @ForAll String id) {
        String line = "{\"id\":" + quote(id) + ",\"text\":" + quote(text) + ",\"published\":" + quote(date) + "}";
        SourceItem item = JsonLines.parse(line, "test:1");
        if (text.isBlank()) {
            assertThat(item).isInstanceOf(SourceItem.Skipped.class);
        } else {
            assertThat(item).isInstanceOf(SourceItem.Document.class);
        }
    }

    private static String quote(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
