package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExternalCommandTest {
    @TempDir
    Path data;

    @Test
    void unknownBenchmarkIsAUsageErrorThatListsTheNames() {
        CliRunner r = CliRunner.run("eval-external", "timebank", "--data", data.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("'timebank'").contains("language-speed");
    }

    @Test
    void limitBelowOneIsAUsageErrorNamingTheFlag() {
        CliRunner r = CliRunner.run("eval-external", "plover", "--limit", "0", "--data", data.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--limit");
    }

    @Test
    void missingDataFolderIsAUsageError() {
        CliRunner r = CliRunner.run("eval-external", "conll2003", "--data", data.resolve("absent").toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--data");
    }

    @Test
    void malformedRecordsFailWithTheProblemAndItsLocation() throws IOException {
        Path folder = Files.createDirectories(data.resolve("plover"));
        Files.writeString(folder.resolve("plover_gsr_cameo.jsonl"), "{\"id\": \"R-1\", \"event\": \"AID\", \"text\": \"Aid arrived.\"}\n[1, 2\n");

        CliRunner r = CliRunner.run("eval-external", "plover", "--data", data.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("plover_gsr_cameo.jsonl:2").contains("malformed-json");
    }

    @Test
    void extractionWithoutItsDataSetsFailsNamingTheMissingFile() {
        CliRunner r = CliRunner.run("eval-external", "extraction", "--data", data.toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("evaldata.json").doesNotContain("Exception");
    }
}
