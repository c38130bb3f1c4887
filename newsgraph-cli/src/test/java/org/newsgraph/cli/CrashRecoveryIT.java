package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process with SIGKILL part-way through, ingests again, and compares the store with one
 * built by an uninterrupted run: the same articles, the same events.
 */
class CrashRecoveryIT {
    private static final String[] TOWNS = {"Norvik", "Brenn", "Lisk", "Dorval", "Astel", "Kerrow", "Mally", "Tessin"};
    private static final String[] TOPICS = {"a new tram line", "the harbour budget", "school repairs", "a water tariff",
            "the bridge tender", "winter road gritting", "a museum loan", "the bus depot"};

    @TempDir
    Path tmp;

    private Path corpus(int n) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String town = TOWNS[i % TOWNS.length];
            String topic = TOPICS[(i / TOWNS.length) % TOPICS.length];
            String text = "The council of " + town + " debated " + topic + " at session " + i + ". Councillor number " + (i * 7 % 31)
                    + " asked for a vote, and the motion passed by " + (10 + i % 9) + " votes to " + (i % 5) + ".";
            lines.add("{\"id\":\"c" + i + "\",\"url\":\"https://council.example/" + i + "\",\"title\":\"" + town + " council session " + i
                    + "\",\"text\":\"" + text + "\"}");
        }
        Path file = tmp.resolve("corpus.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aKilledIngestCompletedByASecondRunEqualsAnUninterruptedOne() throws Exception {
        Path corpus = corpus(160);
        String clean = tmp.resolve("clean").toString();
        String crashed = tmp.resolve("crashed").toString();
        assertThat(CliRunner.run("ingest", "--data", clean, corpus.toString()).status()).isZero();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--data", crashed, "--progress", "always", corpus.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean killedMidway = false;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.startsWith("progress: read 50 ")) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
                    killedMidway = true;
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killedMidway).as("the child was killed before it finished").isTrue();
        assertThat(child.exitValue()).isNotZero();

        CliRunner resumed = CliRunner.run("ingest", "--data", crashed, corpus.toString());
        assertThat(resumed.status()).isZero();
        assertThat(resumed.out()).doesNotContain(" 0 already stored");

        assertThat(CliRunner.run("articles", "--data", crashed, "--limit", "1000").out())
                .isEqualTo(CliRunner.run("articles", "--data", clean, "--limit", "1000").out());
        assertThat(CliRunner.run("events", "--data", crashed, "--json", "--limit", "1000").out())
                .isEqualTo(CliRunner.run("events", "--data", clean, "--json", "--limit", "1000").out());
        assertThat(CliRunner.run("search", "--data", crashed, "tram").out())
                .isEqualTo(CliRunner.run("search", "--data", clean, "tram").out());
    }
}
