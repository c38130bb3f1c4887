package org.newsgraph.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Problem;

/** A bad neighbour costs only itself: every other line, file and folder is still read. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private static List<SourceItem> read(Path root, boolean followLinks) {
        List<SourceItem> items = new ArrayList<>();
        new FileSource(List.of(root), IngestLimits.DEFAULT, followLinks).read(items::add);
        return items;
    }

    private static List<String> ids(List<SourceItem> items) {
        return items.stream().filter(i -> i instanceof SourceItem.Document).map(i -> ((SourceItem.Document) i).document().hints().id()).toList();
    }

    private static List<Problem> problems(List<SourceItem> items) {
        return items.stream().filter(i -> i instanceof SourceItem.Skipped).map(i -> ((SourceItem.Skipped) i).problem()).toList();
    }

    @Test
    void anInvalidUtf8ByteOnLineTwoCostsOnlyLineTwo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i <= 5; i++) {
            bytes.writeBytes(("{\"id\":\"n" + i + "\",\"text\":\"Line " + i + " of the file, caf").getBytes(StandardCharsets.UTF_8));
            if (i == 2) {
                bytes.write(0xFF);
            } else {
                bytes.writeBytes("é".getBytes(StandardCharsets.UTF_8));
            }
            bytes.writeBytes(".\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("five.jsonl");
        Files.write(file, bytes.toByteArray());
        List<SourceItem> items = read(file, false);
        assertThat(ids(items)).containsExactly("n1", "n3", "n4", "n5");
        assertThat(problems(items)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("invalid-utf8");
            assertThat(p.location()).isEqualTo(file + ":2");
            assertThat(p.message()).doesNotContain("rest of the file was not read");
        });
    }

    @Test
    void invalidUtf8OnStandardInputCostsOnlyThatLine() {
        byte[] in = "{\"text\":\"one\"}\n{\"text\":\"t\u00ffo\"}\n{\"text\":\"three\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        List<SourceItem> items = new ArrayList<>();
        new StdinSource(new java.io.ByteArrayInputStream(in), IngestLimits.DEFAULT).read(items::add);
        assertThat(items).hasSize(3);
        assertThat(problems(items)).extracting(Problem::location).containsExactly("stdin:2");
    }

    @Test
    void anUnlistableSubfolderIsReportedAndEverythingElseIsRead() throws Exception {
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "Article " + i + " text.");
            Files.createDirectories(dir.resolve("z"));
            Files.writeString(dir.resolve("z/b" + i + ".txt"), "Article b" + i + " text.");
        }
        Path locked = Files.createDirectories(dir.resolve("m-locked"));
        Files.writeString(locked.resolve("secret.txt"), "not readable");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(locked)).as("permissions are not enforced for this user (root)").isFalse();
            List<SourceItem> items = read(dir, false);
            assertThat(ids(items)).hasSize(60);
            assertThat(problems(items)).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("unreadable");
                assertThat(p.location()).isEqualTo(locked.toString());
            });
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Works for every user, root included: a folder whose path is longer than the system allows cannot be opened. */
    @Test
    void aPathTooLongForTheSystemIsReportedAndEverythingElseIsRead() throws Exception {
        for (int i = 0; i < 60; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "Article " + i + " text.");
        }
        String level = "d".repeat(250);
        Path upper = dir.resolve("x");
        Path lower = dir.resolve("y");
        for (int i = 0; i < 10; i++) {
            upper = upper.resolve(level);
            lower = lower.resolve(level);
        }
        try {
            Files.createDirectories(upper);
            Files.createDirectories(lower);
            Files.writeString(lower.resolve("deep.txt"), "Deep article.");
            // moved from inside the upper chain, the lower one ends up deeper than any path the system can open
            Process p = new ProcessBuilder("sh", "-c", "cd '" + upper + "' && mv '" + dir.resolve("y") + "' .").redirectErrorStream(true).start();
            assumeThat(p.waitFor()).as("sh and mv can build a deep folder").isZero();
            List<SourceItem> items = read(dir, false);
            assertThat(ids(items)).hasSize(60);
            assertThat(problems(items)).isNotEmpty().allSatisfy(pr -> assertThat(pr.code()).isEqualTo("unreadable"));
        } finally {
            // @TempDir cannot delete a tree deeper than the path limit; rm can
            new ProcessBuilder("rm", "-rf", dir.resolve("x").toString(), dir.resolve("y").toString()).start().waitFor();
        }
    }

    @Test
    void aLinkOutOfTheFolderIsNotFollowedUnlessAsked() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("private.txt"), "Not part of the tree.");
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.writeString(tree.resolve("inside.txt"), "Part of the tree.");
        Files.createSymbolicLink(tree.resolve("escape.txt"), outside.resolve("private.txt"));
        Files.createSymbolicLink(tree.resolve("escape-dir"), outside);
        Files.createSymbolicLink(tree.resolve("alias.txt"), tree.resolve("inside.txt"));
        Files.createSymbolicLink(tree.resolve("loop"), tree);
        Files.createSymbolicLink(tree.resolve("broken.txt"), dir.resolve("nowhere.txt"));

        List<SourceItem> kept = read(tree, false);
        assertThat(ids(kept)).containsExactly("alias", "inside");
        assertThat(problems(kept)).extracting(Problem::code).containsExactlyInAnyOrder("link-outside", "link-outside", "broken-link");

        List<SourceItem> followed = read(tree, true);
        assertThat(ids(followed)).containsExactlyInAnyOrder("alias", "inside", "escape", "private");
        assertThat(problems(followed)).extracting(Problem::code).containsExactly("broken-link");
    }

    @Test
    void aNamedPipeIsReportedNotOpened() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "A good article.");
        Process p = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
        assumeThat(p.waitFor()).as("mkfifo is available").isZero();
        List<SourceItem> items = read(dir, false);
        assertThat(ids(items)).containsExactly("good");
        assertThat(problems(items)).extracting(Problem::code).containsExactly("not-a-file");
    }
}
