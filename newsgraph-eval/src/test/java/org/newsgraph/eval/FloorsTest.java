package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Outcome;

class FloorsTest {
    @TempDir
    Path dir;

    private static EvalReport report(Double titleAccuracy, int invented) {
        return new EvalReport("tiny", 3,
                new EvalReport.Extraction(titleAccuracy, 1.0, 1.0, invented, null, 1.0),
                new EvalReport.Dedup(1.0, null),
                new EvalReport.Events(1.0, 1.0, 1.0, 1.0, null, 0, null, null, null),
                new EvalReport.Stories(1.0), new EvalReport.Entities(null, null), new EvalReport.Quotes(null, null),
                new EvalReport.Speed(10.0, 0.3));
    }

    private Outcome<List<String>> check(String json, EvalReport report) throws Exception {
        Path f = dir.resolve("floors.json");
        Files.writeString(f, json);
        return Floors.check(f, report);
    }

    @Test
    void passesWhenEveryMetricIsWithinItsBounds() throws Exception {
        var out = check("{\"tiny\":{\"min\":{\"extraction.title_accuracy\":0.9},\"max\":{\"extraction.invented_published\":0}}}", report(0.95, 0));
        assertThat(((Outcome.Ok<List<String>>) out).value()).isEmpty();
    }

    @Test
    void reportsAMetricBelowItsFloorAndAnInventedDate() throws Exception {
        var out = check("{\"tiny\":{\"min\":{\"extraction.title_accuracy\":0.9},\"max\":{\"extraction.invented_published\":0}}}", report(0.5, 2));
        assertThat(((Outcome.Ok<List<String>>) out).value()).hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("title_accuracy"))
                .anySatisfy(v -> assertThat(v).contains("invented_published"));
    }

    @Test
    void aNullMetricWithAFloorIsAViolation() throws Exception {
        var out = check("{\"tiny\":{\"min\":{\"entities.recall\":0.5}}}", report(1.0, 0));
        assertThat(((Outcome.Ok<List<String>>) out).value()).singleElement().asString().contains("null");
    }

    @Test
    void rejectsAnUnknownMetricName() throws Exception {
        var out = check("{\"tiny\":{\"min\":{\"extraction.titel_accuracy\":0.9}}}", report(1.0, 0));
        assertThat(out).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed<List<String>>) out).problem().message()).contains("titel_accuracy");
    }
}
