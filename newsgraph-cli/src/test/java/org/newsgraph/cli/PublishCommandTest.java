package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingInputIsAUsageErrorNamingIt() {
        CliRunner r = CliRunner.run("publish", dir.resolve("nowhere.jsonl").toString(), "--kafka", "127.0.0.1:9", "--topic", "t");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no such file or folder", "nowhere.jsonl");
    }

    @Test
    void theBrokerAndTopicAreRequired() {
        CliRunner r = CliRunner.run("publish", dir.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--kafka", "--topic");
    }
}
