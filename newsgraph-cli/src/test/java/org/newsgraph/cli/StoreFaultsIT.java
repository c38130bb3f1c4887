package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the store's environment, made for real: truncated index files, a second process holding the folder,
 * a read-only folder and a full disk. Each ends in a working store or in one sentence naming the fault.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class StoreFaultsIT {
    @TempDir
    Path tmp;

    private Path articles(int n) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in-" + n));
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Quay vote " + i + "\n\nThe harbour council of Norvik voted on quay plan "
                    + i + " on Monday, and the motion passed by " + (10 + i % 7) + " votes, the mayor said.\n");
        }
        return in;
    }

    private static Process java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void truncatedIndexFilesAreRebuiltFromTheDatabase() throws Exception {
        String data = tmp.resolve("data").toString();
        assertThat(CliRunner.run("ingest", "--data", data, articles(5).toString()).status()).isZero();
        try (Stream<Path> files = Files.list(Path.of(data, "index"))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    ch.truncate(ch.size() / 2);
                }
            }
        }
        CliRunner search = CliRunner.run("search", "--data", data, "quay");
        assertThat(search.status()).isZero();
        assertThat(search.out()).contains("a0").contains("a4");
        Path more = tmp.resolve("more.txt");
        Files.writeString(more, "Ferry back\n\nThe Brenn ferry resumed service on Tuesday, the operator said.\n");
        CliRunner ingest = CliRunner.run("ingest", "--data", data, more.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(CliRunner.run("search", "--data", data, "ferry").out()).contains("more");
        assertThat(CliRunner.run("search", "--data", data, "quay").out()).contains("a3");
    }

    @Test
    void readersWorkWhileAnotherProcessHoldsTheFolderAndASecondWriterIsToldWhichProcess() throws Exception {
        String data = tmp.resolve("data").toString();
        assertThat(CliRunner.run("ingest", "--data", data, articles(4).toString()).status()).isZero();
        Process server = java("serve", "--data", data, "--port", "0");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean up = false;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("Web UI:")) {
                    up = true;
                    break;
                }
            }
            assertThat(up).as("the server started").isTrue();
            CliRunner events = CliRunner.run("events", "--data", data);
            assertThat(events.status()).as(events.err()).isZero();
            assertThat(events.err()).doesNotContain("locked");
            CliRunner search = CliRunner.run("search", "--data", data, "quay");
            assertThat(search.status()).as(search.err()).isZero();
            assertThat(search.out()).contains("a1");
            assertThat(CliRunner.run("show", "--data", data, "a2").out()).contains("quay plan 2");

            Path more = tmp.resolve("more.txt");
            Files.writeString(more, "Ferry back\n\nThe Brenn ferry resumed service on Tuesday, the operator said.\n");
            CliRunner second = CliRunner.run("ingest", "--data", data, more.toString());
            assertThat(second.status()).isEqualTo(ExitCodes.FAILURE);
            assertThat(second.err().strip()).doesNotContain("\n")
                    .contains("is being written by another newsgraph process")
                    .contains("process " + server.pid() + ": newsgraph serve");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(CliRunner.run("events", "--data", data).status()).isZero();
    }

    @Test
    void aReadOnlyFolderCanStillBeRead() throws Exception {
        String data = tmp.resolve("data").toString();
        assertThat(CliRunner.run("ingest", "--data", data, articles(3).toString()).status()).isZero();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(Path.of(data))) {
            all = walk.toList();
        }
        boolean immutable = false;
        try {
            for (Path p : all) {
                p.toFile().setWritable(false, false);
            }
            if (Files.isWritable(Path.of(data, "db"))) {
                // root ignores permissions; the immutable attribute binds root too
                Process chattr = new ProcessBuilder(Stream.concat(Stream.of("chattr", "+i"), all.stream().map(Path::toString)).toList())
                        .redirectErrorStream(true).start();
                immutable = chattr.waitFor() == 0;
                assumeThat(immutable).as("a read-only folder can be made (chmod for users, chattr for root)").isTrue();
            }
            CliRunner events = CliRunner.run("events", "--data", data);
            assertThat(events.status()).as(events.err()).isZero();
            CliRunner search = CliRunner.run("search", "--data", data, "quay");
            assertThat(search.status()).as(search.err()).isZero();
            assertThat(search.out()).contains("a0");
            CliRunner ingest = CliRunner.run("ingest", "--data", data, articles(1).toString());
            assertThat(ingest.status()).isEqualTo(ExitCodes.FAILURE);
            assertThat(ingest.err().strip()).startsWith("newsgraph: ").doesNotContain("\n").doesNotContain("Exception");
        } finally {
            if (immutable) {
                new ProcessBuilder(Stream.concat(Stream.of("chattr", "-i"), all.stream().map(Path::toString)).toList()).start().waitFor();
            }
            for (Path p : all) {
                p.toFile().setWritable(true, false);
            }
        }
    }

    @Test
    void aFullDiskIsNamedAsSuchAndWhatWasStoredIsKept() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small-disk"));
        Process mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString()).redirectErrorStream(true).start();
        assumeThat(mounted.waitFor()).as("a small tmpfs can be mounted (needs root)").isZero();
        try {
            String data = mount.resolve("data").toString();
            assertThat(CliRunner.run("ingest", "--data", data, articles(2).toString()).status()).isZero();
            Path big = Files.createDirectories(tmp.resolve("big"));
            StringBuilder text = new StringBuilder("Long report\n\n");
            for (int i = 0; text.length() < 400_000; i++) {
                text.append("The harbour council of Norvik met for session ").append(i).append(" and voted on the quay. ");
            }
            for (int i = 0; i < 12; i++) {
                Files.writeString(big.resolve("big" + i + ".txt"), text + " Variant " + i + ".\n");
            }
            CliRunner full = CliRunner.run("ingest", "--data", data, big.toString());
            assertThat(full.status()).isEqualTo(ExitCodes.FAILURE);
            assertThat(full.err().strip()).startsWith("newsgraph: the disk is full").doesNotContain("\n")
                    .doesNotContain("Exception").doesNotContain("FileChannelImpl");
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
        }
    }
}
