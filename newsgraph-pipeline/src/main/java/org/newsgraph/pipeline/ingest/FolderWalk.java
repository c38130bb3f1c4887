package org.newsgraph.pipeline.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.model.Problem;

/**
 * The regular files under one folder, in sorted path order, hidden files and folders left out. Whatever cannot be
 * used is reported as one {@link SourceItem.Skipped} per entry and the walk goes on with the rest: a folder that
 * cannot be listed ({@code unreadable}), an entry whose path is too long for the system, a broken symbolic link
 * ({@code broken-link}), a named pipe, device or socket ({@code not-a-file}), and a symbolic link that leads out
 * of the folder ({@code link-outside}; followed only when asked). Each real folder is read once, so link cycles
 * end. Never throws. Not thread-safe.
 */
final class FolderWalk {
    private final Path root;
    private final boolean followLinks;

    FolderWalk(Path root, boolean followLinks) {
        this.root = root;
        this.followLinks = followLinks;
    }

    /** The files to read; problems go to {@code sink} as they are met. */
    List<Path> files(Consumer<SourceItem> sink) {
        List<Path> files = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException | RuntimeException e) {
            sink.accept(skipped("unreadable", "cannot open the folder: " + reason(e), root));
            return files;
        }
        Set<Path> seen = new HashSet<>();
        seen.add(realRoot);
        Deque<Path> folders = new ArrayDeque<>();
        folders.add(root);
        while (!folders.isEmpty()) {
            Path folder = folders.poll();
            for (Path entry : entries(folder, sink)) {
                if (entry.getFileName().toString().startsWith(".")) {
                    continue;
                }
                visit(entry, realRoot, seen, folders, files, sink);
            }
        }
        files.sort(null);
        return files;
    }

    private void visit(Path entry, Path realRoot, Set<Path> seen, Deque<Path> folders, List<Path> files, Consumer<SourceItem> sink) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | RuntimeException e) {
            sink.accept(skipped("unreadable", "cannot read this entry: " + reason(e), entry));
            return;
        }
        if (attrs.isSymbolicLink()) {
            Path target;
            try {
                target = entry.toRealPath();
            } catch (IOException | RuntimeException e) {
                sink.accept(skipped("broken-link", "symbolic link to something that does not exist; skipped", entry));
                return;
            }
            if (!followLinks && !target.startsWith(realRoot)) {
                sink.accept(skipped("link-outside", "symbolic link leads out of the folder being read; not followed "
                        + "(use --follow-links to follow it)", entry));
                return;
            }
            try {
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
            } catch (IOException | RuntimeException e) {
                sink.accept(skipped("unreadable", "cannot read the link's target: " + reason(e), entry));
                return;
            }
            if (attrs.isDirectory()) {
                if (seen.add(target)) {
                    folders.add(entry);
                }
                return;
            }
        } else if (attrs.isDirectory()) {
            try {
                if (!seen.add(entry.toRealPath())) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                sink.accept(skipped("unreadable", "cannot open this folder: " + reason(e), entry));
                return;
            }
            folders.add(entry);
            return;
        }
        if (attrs.isRegularFile()) {
            files.add(entry);
        } else {
            sink.accept(skipped("not-a-file", "a named pipe, device or socket, not a file; skipped", entry));
        }
    }

    /** The entries of one folder; when it cannot be listed (or listing stops half-way), a problem says so. */
    private static List<Path> entries(Path folder, Consumer<SourceItem> sink) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path p : stream) {
                out.add(p);
            }
        } catch (IOException | DirectoryIteratorException | SecurityException | java.nio.file.InvalidPathException e) {
            sink.accept(skipped("unreadable", "cannot list this folder: " + reason(e) + "; the rest of the input is read", folder));
        }
        out.sort(null);
        return out;
    }

    private static String reason(Throwable e) {
        Throwable t = e instanceof DirectoryIteratorException d && d.getCause() != null ? d.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = t.getMessage();
        return m == null ? "input/output error" : m.lines().findFirst().orElse(m);
    }

    private static SourceItem skipped(String code, String message, Path where) {
        return new SourceItem.Skipped(new Problem(code, message, where.toString()));
    }
}
