package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void portOutOfRangeIsAUsageErrorNamingTheFlag() {
        CliRunner r = CliRunner.run("serve", "--data", dir.toString(), "--port", "70000");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--port");
    }

    @Test
    void tinyBodyLimitIsAUsageErrorNamingTheFlag() {
        CliRunner r = CliRunner.run("serve", "--data", dir.toString(), "--max-body", "10");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--max-body");
    }

    @Test
    void helpListsTheTokenOption() {
        CliRunner r = CliRunner.run("serve", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--token", "NEWSGRAPH_TOKEN", "--port");
    }
}
