package org.newsgraph.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Outcome;

class SuiteFloorsTest {
    @TempDir
    Path dir;

    private static SetResult set(String name, Role role, double f1, double invented) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("events.bcubed_f1", f1);
        m.put("events.invented_dates", invented);
        m.put("entities.recall", null);
        return new SetResult(new SuiteSet(name, role, SuiteSet.Kind.GOLD_FOLDER, Path.of(name)), m,
                Map.of("embeddings", Map.of("events.bcubed_f1", f1 - 0.1)), null);
    }

    private static final SuiteReport REPORT = new SuiteReport(List.of(
            set("alpha", Role.DEV, 0.97, 0), set("beta", Role.TEST, 0.81, 2), set("gamma", Role.TEST, 0.90, 1)));

    private Outcome<List<String>> check(String json) throws Exception {
        Path f = dir.resolve("floors.json");
        Files.writeString(f, json);
        return SuiteFloors.check(f, REPORT);
    }

    @Test
    void theWorstSetOfEachMetricIsFoundWithTheRightDirection() {
        assertThat(REPORT.worst("events.bcubed_f1")).hasValue(new SuiteReport.Worst("beta", 0.81));
        assertThat(REPORT.worst("events.invented_dates")).hasValue(new SuiteReport.Worst("beta", 2));
        assertThat(REPORT.worst("entities.recall")).isEmpty();
    }

    @Test
    void worstAndPerSetFloorsAreChecked() throws Exception {
        var out = check("{\"about\":\"margins\",\"worst\":{\"min\":{\"events.bcubed_f1\":0.85},\"max\":{\"events.invented_dates\":0}},"
                + "\"gamma\":{\"min\":{\"events.bcubed_f1\":0.88}}}");
        List<String> violations = ((Outcome.Ok<List<String>>) out).value();
        assertThat(violations).hasSize(2)
                .anySatisfy(v -> assertThat(v).startsWith("worst: events.bcubed_f1 = 0.81"))
                .anySatisfy(v -> assertThat(v).startsWith("worst: events.invented_dates = 2"));
    }

    @Test
    void aMetricNoSetReportsIsAViolationWhenBounded() throws Exception {
        var out = check("{\"worst\":{\"min\":{\"entities.recall\":0.5}}}");
        assertThat(((Outcome.Ok<List<String>>) out).value()).singleElement().asString().contains("is null");
    }

    @Test
    void unknownSetsAndMetricsAreRejected() throws Exception {
        assertThat(check("{\"delta\":{\"min\":{\"events.bcubed_f1\":0.5}}}")).isInstanceOf(Outcome.Failed.class);
        var typo = check("{\"alpha\":{\"min\":{\"events.bcubed_f2\":0.5}}}");
        assertThat(((Outcome.Failed<List<String>>) typo).problem().message()).contains("bcubed_f2");
    }

    @Test
    void aSetThatCouldNotRunFailsItsFloors() throws Exception {
        SuiteReport withSkip = new SuiteReport(List.of(SetResult.skipped(
                new SuiteSet("alpha", Role.TEST, SuiteSet.Kind.CONLL_TOPIC_EVENTS, Path.of("x")), "not found: x")));
        Path f = dir.resolve("floors.json");
        Files.writeString(f, "{\"alpha\":{\"min\":{\"events.bcubed_f1\":0.5}}}");
        var out = SuiteFloors.check(f, withSkip);
        assertThat(((Outcome.Ok<List<String>>) out).value()).singleElement().asString().contains("was not run");
    }

    @Test
    void theTextTableListsTheWorstSetAndTheBaselines() {
        String text = SuiteTable.text(REPORT);
        assertThat(text).contains("0.810 beta").contains("baseline embeddings").contains("gamma (test)");
        assertThat(SuiteTable.json(REPORT, false)).contains("\"worst\"").contains("\"set\":\"beta\"");
    }
}
