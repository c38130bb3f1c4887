package org.newsgraph.pipeline.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.Format;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/**
 * Reads files and directories (recursively, in sorted path order): {@code .txt}, {@code .html}/{@code .htm},
 * {@code .jsonl}/{@code .ndjson}, feeds ({@code .rss}, {@code .atom}, and {@code .xml} whose root element is
 * {@code rss}, {@code feed} or {@code RDF}; see {@link FeedSource}), all optionally {@code .gz}, and WARC files
 * ({@code .warc}, {@code .warc.gz}; see {@link WarcSource}). Other files inside a directory are skipped with a
 * problem; hidden files and folders are ignored. A text or HTML file's id is its file name without extension.
 */
public final class FileSource implements Source {
    private final List<Path> roots;
    private final IngestLimits limits;
    private final boolean followLinks;
    private WarcSource.Tally warcTally = WarcSource.Tally.NONE;

    /** Reads {@code roots}; symbolic links that lead out of a folder being read are not followed. */
    public FileSource(List<Path> roots, IngestLimits limits) {
        this(roots, limits, false);
    }

    /**
     * Reads {@code roots}; with {@code followLinks}, symbolic links inside a folder are followed wherever they
     * lead (each real folder is read once, so a link cycle ends).
     */
    public FileSource(List<Path> roots, IngestLimits limits, boolean followLinks) {
        this.roots = List.copyOf(roots);
        this.limits = limits;
        this.followLinks = followLinks;
    }

    /** The records met in WARC files by the last {@link #read}, by kind, all files added up. */
    public WarcSource.Tally warcTally() {
        return warcTally;
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        warcTally = WarcSource.Tally.NONE;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                sink.accept(skipped("not-found", "no such file or directory", root.toString()));
            } else if (Files.isDirectory(root)) {
                for (Path file : new FolderWalk(root, followLinks).files(sink)) {
                    readFile(file, sink, true);
                }
            } else {
                readFile(root, sink, false);
            }
        }
    }

    /**
     * The kind a file's name implies, or {@code null} when it is not one we read. A {@code .xml} file is a feed
     * only when its first bytes show a feed's root element; one that cannot be read is not one we read.
     */
    public static FileKind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        String base = gz ? name.substring(0, name.length() - 3) : name;
        if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
            return new FileKind(null, Container.JSON_LINES, gz);
        }
        if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml")) {
            return new FileKind(Format.HTML, Container.NONE, gz);
        }
        if (base.endsWith(".txt") || base.endsWith(".text")) {
            return new FileKind(Format.TEXT, Container.NONE, gz);
        }
        if (base.endsWith(".rss") || base.endsWith(".atom") || (base.endsWith(".xml") && startsLikeFeed(file, gz))) {
            return new FileKind(null, Container.FEED, gz);
        }
        if (base.endsWith(".warc")) {
            return new FileKind(null, Container.WARC, gz);
        }
        return null;
    }

    private static boolean startsLikeFeed(Path file, boolean gzip) {
        try (InputStream in = open(file, gzip)) {
            return FeedSource.looksLikeFeed(in.readNBytes(4096));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** How documents are packed in a file. */
    public enum Container {
        /** The file is one document. */
        NONE,
        /** One JSON object per line, each a document ({@link JsonLines}). */
        JSON_LINES,
        /** An RSS or Atom feed, each item a document ({@link FeedSource}). */
        FEED,
        /** A WARC file, each HTML or text response a document ({@link WarcSource}). */
        WARC
    }

    /**
     * What a file holds: one document of {@code format} (when {@code container} is {@link Container#NONE}), or
     * many documents packed in a container; {@code gzip} when the name ends in {@code .gz}.
     */
    public record FileKind(Format format, Container container, boolean gzip) {
        /** Whether the file holds JSON lines. */
        public boolean jsonLines() {
            return container == Container.JSON_LINES;
        }

        /** Whether the file is one document of {@link #format()}. */
        public boolean singleDocument() {
            return container == Container.NONE;
        }
    }

    private void readFile(Path file, Consumer<SourceItem> sink, boolean insideDirectory) {
        FileKind kind = kindOf(file);
        String location = file.toString();
        if (kind == null) {
            sink.accept(skipped("unsupported-file", insideDirectory
                    ? "not a .txt, .html, .jsonl, feed or WARC file"
                    : "unknown file type; use .txt, .html, .jsonl, .rss, .atom, a feed's .xml (optionally .gz) or .warc(.gz)",
                    location));
            return;
        }
        if (!kind.singleDocument()) {
            // a container that gives nothing at all (empty, or only records we pass over) is reported, not silent
            int[] given = {0};
            Consumer<SourceItem> counted = item -> {
                given[0]++;
                sink.accept(item);
            };
            readContainer(file, kind, counted);
            if (given[0] == 0) {
                sink.accept(skipped("no-articles", "the file holds no article", location));
            }
            return;
        }
        sink.accept(readDocument(file, kind.format(), kind.gzip(), SourceHints.NONE, limits));
    }

    private void readContainer(Path file, FileKind kind, Consumer<SourceItem> sink) {
        String location = file.toString();
        switch (kind.container()) {
            case JSON_LINES -> readJsonLines(file, kind.gzip(), sink);
            case FEED -> readContainer(file, kind.gzip(), sink, in -> new FeedSource(in, location, limits));
            case WARC -> readContainer(file, false, sink, in -> items -> {
                WarcSource warc = new WarcSource(in, location, limits);
                warc.read(items);
                warcTally = warcTally.plus(warc.tally());
            });
            case NONE -> sink.accept(readDocument(file, kind.format(), kind.gzip(), SourceHints.NONE, limits));
        }
    }

    /** Reads a file of many documents with the source {@code reader} makes for its stream. */
    private static void readContainer(Path file, boolean gzip, Consumer<SourceItem> sink, Function<InputStream, Source> reader) {
        try (InputStream in = new BufferedInputStream(open(file, gzip), 1 << 16)) {
            reader.apply(in).read(sink);
        } catch (IOException e) {
            sink.accept(skipped(e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException ? "truncated" : "unreadable",
                    "cannot read: " + e.getMessage(), file.toString()));
        }
    }

    /**
     * Reads one text or HTML file as a document; the id is the file name without extension unless {@code hints}
     * names one. A {@code null} format (a container such as a feed) gives an {@code unsupported-file} problem.
     */
    public static SourceItem readDocument(Path file, Format format, boolean gzip, SourceHints hints, IngestLimits limits) {
        String location = file.toString();
        if (format == null) {
            return skipped("unsupported-file", "the file holds many documents, not one; read it with FileSource", location);
        }
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
        try (InputStream in = new BufferedInputStream(open(file, gzip), 1 << 16)) {
            readLines(in, name, limits, sink);
        } catch (IOException e) {
            sink.accept(skipped(e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException ? "truncated" : "unreadable",
                    "reading stopped: " + e.getMessage(), name));
        }
    }

    /**
     * Reads JSON lines until the end of {@code in}. Each line is decoded on its own: a line that is not valid
     * UTF-8, or longer than the limit, is skipped with a problem naming its line number, and reading goes on
     * with the next line.
     */
    public static void readLines(InputStream in, String name, IngestLimits limits, Consumer<SourceItem> sink) throws IOException {
        int lineNumber = 0;
        ByteLine line = new ByteLine(limits.maxLineBytes());
        while (line.next(in)) {
            lineNumber++;
            String location = name + ":" + lineNumber;
            if (line.tooLong()) {
                sink.accept(skipped("too-large", "line longer than " + limits.maxLineBytes() + " bytes", location));
                continue;
            }
            String text;
            try {
                text = line.decode();
            } catch (CharacterCodingException e) {
                sink.accept(skipped("invalid-utf8", "line is not valid UTF-8 (byte " + (line.firstBadByte() + 1)
                        + " of the line); the other lines are read", location));
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            sink.accept(JsonLines.parse(text, location));
        }
    }

    /** One line of bytes at a time, kept up to a bound; the rest of an over-long line is read and dropped. */
    private static final class ByteLine {
        private final int max;
        private byte[] buf = new byte[8192];
        private int length;
        private boolean tooLong;

        ByteLine(int max) {
            this.max = max;
        }

        /** Reads the next line; false at the end of the stream. */
        boolean next(InputStream in) throws IOException {
            length = 0;
            tooLong = false;
            boolean any = false;
            int c;
            while ((c = in.read()) != -1) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (length < max) {
                    if (length == buf.length) {
                        buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) max, buf.length * 2L));
                    }
                    buf[length++] = (byte) c;
                } else {
                    tooLong = true;
                }
            }
            if (length > 0 && buf[length - 1] == '\r') {
                length--;
            }
            return any;
        }

        boolean tooLong() {
            return tooLong;
        }

        String decode() throws CharacterCodingException {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(buf, 0, length)).toString();
        }

        /** The offset of the first byte that is not valid UTF-8 (after {@link #decode} failed). */
        int firstBadByte() {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(buf, 0, length);
            decoder.decode(bytes, java.nio.CharBuffer.allocate(length + 1), true);
            return bytes.position();
        }
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
