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

    @Test
    void watchWithoutAConfigFileAndConfigWithoutWatchAreUsageErrors() {
        CliRunner noFile = CliRunner.run("serve", "--data", dir.resolve("data").toString(), "--port", "0", "--watch");
        assertThat(noFile.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.err()).contains("no config file at").contains("newsgraph.toml");
        CliRunner lonely = CliRunner.run("serve", "--data", dir.toString(), "--config", dir.resolve("x.toml").toString());
        assertThat(lonely.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(lonely.err()).contains("--config goes with --watch");
    }
}
