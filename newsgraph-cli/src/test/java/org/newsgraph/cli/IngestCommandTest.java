package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path tmp;

    private Path plantedFolder() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("good1.txt"), "Rail Strike Ends in Norvik\n\nTrain drivers in Norvik returned to work on Monday after a two-week strike.\n");
        Files.writeString(in.resolve("sub/good2.html"), "<html><head><title>Bridge reopens</title></head><body><p>The Elm bridge reopened to traffic.</p></body></html>");
        Files.write(in.resolve("cp1252.txt"), "Caf\u00e9 owners in Lisk protested the new tax \u2013 again.".getBytes(Charset.forName("windows-1252")));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3});
        Files.writeString(in.resolve("truncated.html"), "<html><body><p>The harbour council met on Tuesday to approve the plan and");
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"j1\",\"text\":\"Wind farm approved off the coast of Brenn.\"}\n{\"id\":\"j2\",\"text\":\n");
        Files.writeString(in.resolve("notes.docx"), "not an article");
        return in;
    }

    @Test
    void reportsEachBadInputStoresEveryGoodOneAndReingestAddsNothing() throws Exception {
        Path in = plantedFolder();
        String data = tmp.resolve("data").toString();
        CliRunner first = CliRunner.run("ingest", "--data", data, in.toString());
        assertThat(first.status()).isEqualTo(ExitCodes.SKIPPED_INPUT);
        assertThat(first.out()).contains("Ingested 5 new articles (0 already stored), skipped 4 inputs");
        assertThat(first.err())
                .contains("empty.txt: the document is empty [empty]")
                .contains("binary.txt").contains("[binary]")
                .contains("feed.jsonl:2").contains("[malformed-json]")
                .contains("notes.docx").contains("[unsupported-file]")
                .doesNotContain("Exception");

        CliRunner again = CliRunner.run("ingest", "--data", data, in.toString());
        assertThat(again.out()).contains("Ingested 0 new articles (5 already stored)");

        CliRunner list = CliRunner.run("articles", "--data", data);
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("5 of 5 articles shown").contains("Bridge reopens");

        CliRunner shown = CliRunner.run("show", "--data", data, "cp1252");
        assertThat(shown.out()).contains("Café owners in Lisk protested the new tax – again.");

        CliRunner search = CliRunner.run("search", "--data", data, "harbour", "council");
        assertThat(search.out()).contains("truncated");
    }

    @Test
    void usageErrorsExitWithTwoAndNameTheProblem() {
        CliRunner r = CliRunner.run("ingest", "--data");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--data");
        assertThat(CliRunner.run("frobnicate").status()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anEmptyStoreGivesHelpfulMessages() {
        String data = tmp.resolve("empty-store").toString();
        assertThat(CliRunner.run("events", "--data", data).status()).as("no store there yet: a usage error").isEqualTo(ExitCodes.USAGE);
        org.newsgraph.store.embedded.EmbeddedStore.open(tmp.resolve("empty-store")).close();
        assertThat(CliRunner.run("events", "--data", data).out()).contains("No events yet");
        assertThat(CliRunner.run("articles", "--data", data).out()).contains("No articles yet");
        assertThat(CliRunner.run("events", "--data", data, "--json").out().strip()).isEqualTo("[]");
        assertThat(CliRunner.run("show", "--data", data, "nope").status()).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"ingest", "articles", "events", "show", "search", "export", "eval", "eval-ecbplus", "bench", "demo", "serve"}) {
            CliRunner r = CliRunner.run(command, "--help");
            assertThat(r.status()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: newsgraph " + command);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
