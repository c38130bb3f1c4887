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
    void watchWithoutAConfigFileAndAMissingConfigFileAreUsageErrors() {
        CliRunner noFile = CliRunner.run("serve", "--data", dir.resolve("data").toString(), "--port", "0", "--watch");
        assertThat(noFile.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.err()).contains("no config file at").contains("newsgraph.toml");
        CliRunner missing = CliRunner.run("serve", "--data", dir.toString(), "--config", dir.resolve("x.toml").toString());
        assertThat(missing.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no config file at").contains("x.toml");
    }

    @Test
    void theServeSectionOfTheConfigFileGivesDefaultsThatOptionsOverride() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createDirectories(dir.resolve("data"));
        java.nio.file.Path toml = dir.resolve("newsgraph.toml");
        java.nio.file.Files.writeString(toml, "folders = []\n\n[serve]\nwatch = true\nmax_body = 4096\n");
        CliRunner fromFile = CliRunner.run("serve", "--data", data.toString(), "--port", "0");
        assertThat(fromFile.status()).as("watch = true in [serve] turns the watch on").isEqualTo(ExitCodes.USAGE);
        assertThat(fromFile.err()).contains("lists no feeds, no sitemaps and no folders");
        CliRunner overridden = CliRunner.run("serve", "--data", data.toString(), "--port", "0", "--max-body", "10");
        assertThat(overridden.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(overridden.err()).contains("--max-body must be at least 1024, got 10");
        java.nio.file.Files.writeString(toml, "[serve]\nport = 99999\n");
        CliRunner bad = CliRunner.run("serve", "--data", data.toString());
        assertThat(bad.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("[serve]").contains("'port' must be a whole number from 0 to 65535, got '99999'");
        java.nio.file.Files.writeString(toml, "[serve]\nprot = 8081\n");
        CliRunner typo = CliRunner.run("serve", "--data", data.toString());
        assertThat(typo.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("line 2").contains("unknown key 'prot' in [serve]");
    }
}
