package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.newsgraph.store.StoreException;

/**
 * The one sentence the command line prints for a failure: what went wrong, in the user's terms, never a stack
 * trace or a library's class name. A full disk, a damaged database and a folder held by another process are
 * recognised wherever in the chain of causes they show. Stateless.
 */
final class FailureText {
    private FailureText() {
    }

    static String describe(Throwable e) {
        if (anyCause(e, "No space left on device") || anyCause(e, "Disk quota exceeded")) {
            return "the disk is full: " + firstLine(e) + "; free some space and run the command again (what was stored before is kept)";
        }
        if (anyCause(e, "Read-only file system")) {
            return "the data folder is on a read-only file system: " + firstLine(e) + "; reading commands (events, search, show) still work";
        }
        if (e instanceof StoreException) {
            String cause = rootMessage(e);
            boolean damaged = e.getMessage().startsWith("the database is damaged");
            return firstLine(e) + (damaged || cause == null || e.getMessage().contains(cause) ? "" : " (" + cause + ")");
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof IOException) {
            return "input/output error: " + firstLine(e);
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; give the JVM more (e.g. JAVA_OPTS=-Xmx4g) or ingest fewer files at a time";
        }
        return "internal error: " + firstLine(e) + " (run with NEWSGRAPH_DEBUG=1 for details)";
    }

    private static boolean anyCause(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e || t.getMessage() == null ? null : clean(t.getMessage().lines().findFirst().orElse(""));
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an unexpected error" : clean(m.lines().findFirst().orElse(m));
    }

    /** Drops the version suffix H2 appends to its messages ({@code [90020-232]}). */
    private static String clean(String message) {
        return message.replaceAll("\\s*\\[[0-9./-]+]\\s*$", "").strip();
    }
}
