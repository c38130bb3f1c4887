package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.StoreException;

/** Hostile but fair inputs through the command line: nothing good is lost, every failure is one sentence. */
class HostileInputTest {
    @TempDir
    Path tmp;

    private static String line(String id, String field, String value, String text) {
        return "{\"id\":\"" + id + "\",\"" + field + "\":\"" + value + "\",\"text\":\"" + text + "\"}\n";
    }

    @Test
    void overLongValuesNeverAbortTheRunAndEventsAreStillRebuilt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String body = "Dock workers in Norvik ended their strike on Monday after the port agreed to new shifts, the union said.";
        Files.writeString(in.resolve("a.jsonl"),
                line("first", "title", "Strike ends", body)
                        + line("x".repeat(400), "title", "Long id", "Farmers in Brenn blocked the ring road on Tuesday over grain prices.")
                        + line("long-outlet", "outlet", "O".repeat(600), "The Lisk council approved a new tram line on Wednesday, its mayor said.")
                        + line("long-title", "title", "T".repeat(5000), "Ferries to the northern islands were cancelled on Thursday because of storms.")
                        + line("long-url", "url", "https://news.example/" + "u".repeat(5000), "A court in Norvik jailed two smugglers on Friday, prosecutors said.")
                        + line("last", "title", "Bridge opens", "The new Elm bridge in Brenn opened to traffic on Saturday after three years of work."));
        Path deep = in;
        while (deep.toString().length() < 4_050) {
            deep = deep.resolve("p".repeat(200));
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("deep.txt"), "Deep path story\n\nVoters in Lisk elected a new mayor on Sunday, officials said.\n");
        Path later = tmp.resolve("later.txt");
        Files.writeString(later, "Later story\n\nA storm closed the airport of Brenn on Monday, the operator said.\n");

        String data = tmp.resolve("data").toString();
        CliRunner run = CliRunner.run("ingest", "--data", data, in.toString(), later.toString());
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("Value too long");
        assertThat(run.status()).isEqualTo(ExitCodes.SKIPPED_INPUT);
        assertThat(run.out()).contains("Ingested 8 new articles (0 already stored), skipped 0 inputs");
        assertThat(run.err()).contains("[id-shortened]").contains("[url-dropped]");
        assertThat(run.out()).doesNotContain("the store now holds 0 events");
        CliRunner articles = CliRunner.run("articles", "--data", data);
        assertThat(articles.out()).contains("8 of 8 articles shown");
        assertThat(CliRunner.run("show", "--data", data, "long-title").out()).contains("T".repeat(5000));
        assertThat(CliRunner.run("search", "--data", data, "airport").out()).contains("later");
    }

    @Test
    void aRegexTooComplexToRunIsAUsageErrorInOneLine() throws Exception {
        String data = ingestOne();
        CliRunner r = CliRunner.run("search", "--data", data, "/[ac]*a[ac]{50}/");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("too complex").doesNotContain("Exception");
    }

    @Test
    void exportIntoAFolderOrAMissingFolderIsAUsageErrorAndAFullDiskIsNamed() throws Exception {
        String data = ingestOne();
        CliRunner root = CliRunner.run("export", "--data", data, "--format", "json", "-o", "/");
        assertThat(root.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(root.err().strip()).isEqualTo("newsgraph: cannot write the export to /: it is a folder; name a file");
        CliRunner missing = CliRunner.run("export", "--data", data, "--format", "csv", "-o", tmp.resolve("nowhere/x.csv").toString());
        assertThat(missing.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("does not exist").doesNotContain("Exception").doesNotContain("\tat ");
        if (Files.exists(Path.of("/dev/full"))) {
            CliRunner full = CliRunner.run("export", "--data", data, "--format", "json", "-o", "/dev/full");
            assertThat(full.status()).isEqualTo(ExitCodes.FAILURE);
            assertThat(full.err()).contains("the disk is full").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aDamagedDatabaseGivesOneClearSentence() throws Exception {
        String data = ingestOne();
        String url = "jdbc:h2:file:" + Path.of(data, "db", "newsgraph").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "newsgraph", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE article SET body = '{\"annotated\": [broken'");
        }
        Files.writeString(tmp.resolve("more.txt"), "More\n\nThe Brenn ferry resumed service on Tuesday.\n");
        CliRunner r = CliRunner.run("ingest", "--data", data, tmp.resolve("more.txt").toString());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err().strip()).startsWith("newsgraph: the database is damaged").doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("Processed");
    }

    @Test
    void aFullDiskAnywhereInTheCauseIsNamedAsSuch() {
        Throwable failure = new StoreException("cannot store article a1", new SQLException("Writing to a file failed",
                new IOException("No space left on device")));
        assertThat(FailureText.describe(failure)).startsWith("the disk is full: cannot store article a1");
    }

    private String ingestOne() throws IOException {
        Path file = tmp.resolve("one.txt");
        Files.writeString(file, "Harbour deal\n\nThe harbour council of Norvik approved the new quay on Monday, the mayor said.\n");
        String data = tmp.resolve("data").toString();
        assertThat(CliRunner.run("ingest", "--data", data, file.toString()).status()).isZero();
        return data;
    }
}
