package org.newsgraph.pipeline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.Format;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/**
 * Reads files and directories (recursively, in sorted path order): {@code .txt}, {@code .html}/{@code .htm},
 * {@code .jsonl}/{@code .ndjson} (optionally {@code .gz}). Other files inside a directory are skipped with a
 * problem; hidden files and folders are ignored. A text or HTML file's id is its file name without extension.
 */
public final class FileSource implements Source {
    private final List<Path> roots;
    private final IngestLimits limits;

    public FileSource(List<Path> roots, IngestLimits limits) {
        this.roots = List.copyOf(roots);
        this.limits = limits;
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        for (Path root : roots) {
            if (!Files.exists(root)) {
                sink.accept(skipped("not-found", "no such file or directory", root.toString()));
            } else if (Files.isDirectory(root)) {
                for (Path file : listFiles(root, sink)) {
                    readFile(file, sink, true);
                }
            } else {
                readFile(root, sink, false);
            }
        }
    }

    private static List<Path> listFiles(Path root, Consumer<SourceItem> sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root, p))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            sink.accept(skipped("unreadable", "cannot list directory: " + e.getMessage(), root.toString()));
        }
        return files;
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The format a file name implies, or {@code null} when it is not one we read. */
    public static FileKind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String base = gz ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            return new FileKind(null, true, gz);
        }
        if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml")) {
            return new FileKind(Format.HTML, false, gz);
        }
        if (base.endsWith(".txt") || base.endsWith(".text")) {
            return new FileKind(Format.TEXT, false, gz);
        }
        return null;
    }

    /** What a file holds: one document of {@code format}, or JSON lines. */
    public record FileKind(Format format, boolean jsonLines, boolean gzip) {
    }

    private void readFile(Path file, Consumer<SourceItem> sink, boolean insideDirectory) {
        FileKind kind = kindOf(file);
        String location = file.toString();
        if (kind == null) {
            sink.accept(skipped("unsupported-file", insideDirectory
                    ? "not a .txt, .html or .jsonl file"
                    : "unknown file type; use .txt, .html or .jsonl (optionally .gz)", location));
            return;
        }
        if (kind.jsonLines()) {
            readJsonLines(file, kind.gzip(), sink);
            return;
        }
        sink.accept(readDocument(file, kind.format(), kind.gzip(), SourceHints.NONE, limits));
    }

    /**
     * Reads one text or HTML file as a document; the id is the file name without extension unless {@code hints}
     * names one.
     */
    public static SourceItem readDocument(Path file, Format format, boolean gzip, SourceHints hints, IngestLimits limits) {
        String location = file.toString();
        try {
            long size = Files.size(file);
            if (!gzip && size > limits.maxDocumentBytes()) {
                return skipped("too-large", "file has " + size + " bytes, the limit is " + limits.maxDocumentBytes(), location);
            }
            byte[] bytes;
            try (InputStream in = open(file, gzip)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            }
            if (bytes.length > limits.maxDocumentBytes()) {
                return skipped("too-large", "document exceeds " + limits.maxDocumentBytes() + " bytes", location);
            }
            String id = hints.id() != null ? hints.id() : stem(file);
            SourceHints withId = new SourceHints(id, hints.url(), hints.title(), hints.published(), hints.outlet());
            return new SourceItem.Document(new RawDocument(location, bytes, format, null, withId));
        } catch (IOException e) {
            return skipped("unreadable", "cannot read: " + e.getMessage(), location);
        }
    }

    private void readJsonLines(Path file, boolean gzip, Consumer<SourceItem> sink) {
        String name = file.toString();
        try (InputStream in = open(file, gzip);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            readLines(reader, name, limits, sink);
        } catch (IOException e) {
            sink.accept(skipped(e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException ? "truncated" : "unreadable",
                    "reading stopped: " + e.getMessage(), name));
        }
    }

    /**
     * Reads JSON lines until the end of {@code reader}. A line that is not valid UTF-8 is skipped, and reading
     * resumes at the next line.
     */
    public static void readLines(BufferedReader reader, String name, IngestLimits limits, Consumer<SourceItem> sink) throws IOException {
        int lineNumber = 0;
        while (true) {
            String line;
            lineNumber++;
            try {
                line = readBoundedLine(reader, limits.maxLineBytes());
            } catch (CharacterCodingException e) {
                sink.accept(skipped("invalid-utf8", "line is not valid UTF-8; the rest of the file was not read", name + ":" + lineNumber));
                return;
            }
            if (line == null) {
                return;
            }
            if (line == TOO_LONG) {
                sink.accept(skipped("too-large", "line longer than " + limits.maxLineBytes() + " characters", name + ":" + lineNumber));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            SourceItem item = JsonLines.parse(line, name + ":" + lineNumber);
            sink.accept(item);
        }
    }

    private static final String TOO_LONG = new String("\u0000too-long");

    private static String readBoundedLine(BufferedReader reader, int max) throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        int c;
        boolean any = false;
        while ((c = reader.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (sb.length() < max) {
                sb.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (!any) {
            return null;
        }
        if (tooLong) {
            return TOO_LONG;
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    private static InputStream open(Path file, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(file);
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static SourceItem skipped(String code, String message, String location) {
        return new SourceItem.Skipped(new Problem(code, message, location));
    }
}
