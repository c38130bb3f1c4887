package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLinesMessageTest {
    private static String message(String line) {
        SourceItem item = JsonLines.parse(line, "feed.jsonl:7");
        assertThat(item).isInstanceOf(SourceItem.Skipped.class);
        return ((SourceItem.Skipped) item).problem().message();
    }

    @Test
    void aBrokenLineIsNamedByColumnAndNearbyTextWithoutTheParsersWords() {
        String m = message("{\"title\": \"Harbour reopens\", \"text\": reopened}");
        assertThat(m).startsWith("not valid JSON at column").contains("reopened")
                .doesNotContain("token").doesNotContain("expecting").doesNotContain("Jackson");
    }

    @Test
    void aTruncatedLineSaysTheRecordIsNotClosed() {
        assertThat(message("{\"title\": \"Harbour reopens\", \"text\": \"The harbour")).contains("not valid JSON");
    }
}
