package org.newsgraph.pipeline.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.model.Format;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/**
 * Reads a WARC file ({@code .warc}, or {@code .warc.gz} with one gzip member per record; the compression is
 * detected from the bytes). Each {@code response} record holding an HTTP 200 answer of type {@code text/html},
 * {@code application/xhtml+xml} or {@code text/plain} becomes a document, its body with transfer and content
 * encodings removed, its charset the one the HTTP header declares, its URL hint the {@code WARC-Target-URI}.
 * {@code WARC-Date} is when the page was fetched, not when it was published, so it is not a date hint.
 *
 * <p>{@code warcinfo}, {@code request}, {@code metadata}, {@code revisit} and other non-response records are
 * passed over without a problem and counted in {@link #tally()}. A response with another status is
 * {@code http-status}, with another content type {@code unsupported-content-type}, with an unreadable HTTP
 * header {@code malformed-http}, with a body over the limit {@code too-large}. A record cut short (truncated file
 * or gzip member) is {@code truncated} and one with broken WARC headers {@code malformed-warc}; reading stops
 * there, keeping the documents read before it. Locations are {@code location#n}, n counting records from 1.
 * Nothing is thrown. Not thread-safe; read once.
 */
public final class WarcSource implements Source {
    private final InputStream in;
    private final String location;
    private final IngestLimits limits;
    private Tally tally = Tally.NONE;

    /**
     * How many records of each kind a read met.
     *
     * @param responses response records (documents or skipped with a problem)
     * @param documents responses that became documents
     * @param requests  request records
     * @param metadata  metadata records
     * @param revisits  revisit records
     * @param other     warcinfo, resource, conversion, continuation and unknown records
     */
    public record Tally(int responses, int documents, int requests, int metadata, int revisits, int other) {
        public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);

        /** Both counts added up. */
        public Tally plus(Tally other) {
            return new Tally(responses + other.responses, documents + other.documents, requests + other.requests,
                    metadata + other.metadata, revisits + other.revisits, this.other + other.other);
        }

        Tally count(String type, boolean document) {
            return switch (type.toLowerCase(Locale.ROOT)) {
                case "response" -> new Tally(responses + 1, documents + (document ? 1 : 0), requests, metadata, revisits, other);
                case "request" -> new Tally(responses, documents, requests + 1, metadata, revisits, other);
                case "metadata" -> new Tally(responses, documents, requests, metadata + 1, revisits, other);
                case "revisit" -> new Tally(responses, documents, requests, metadata, revisits + 1, other);
                default -> new Tally(responses, documents, requests, metadata, revisits, other + 1);
            };
        }
    }

    /**
     * @param in       the WARC's bytes, plain or gzip-compressed; the caller closes it
     * @param location names the file in problems, e.g. its path
     */
    public WarcSource(InputStream in, String location, IngestLimits limits) {
        this.in = in;
        this.location = location;
        this.limits = limits;
    }

    /** The records met by the last {@link #read}, by kind. */
    public Tally tally() {
        return tally;
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        tally = Tally.NONE;
        WarcReader reader;
        try {
            reader = new WarcReader(new UnclosableStream(in));
        } catch (IOException | RuntimeException e) {
            sink.accept(FileSource.skipped("malformed-warc", "not a WARC file: " + reason(e), location));
            return;
        }
        try (reader) {
            for (int n = 1; ; n++) {
                String where = location + "#" + n;
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.accept(broken(e, where));
                    return;
                }
                if (next.isEmpty()) {
                    if (n == 1) {
                        sink.accept(FileSource.skipped("empty", "the WARC file holds no records", location));
                    }
                    return;
                }
                WarcRecord record = next.get();
                if (record instanceof WarcResponse response) {
                    SourceItem item;
                    try {
                        item = response(response, where);
                    } catch (IOException | RuntimeException e) {
                        item = broken(e, where);
                    }
                    tally = tally.count("response", item instanceof SourceItem.Document);
                    sink.accept(item);
                    if (item instanceof SourceItem.Skipped skipped && skipped.problem().code().equals("truncated")) {
                        return;
                    }
                } else {
                    tally = tally.count(record.type() == null ? "" : record.type(), false);
                }
            }
        } catch (IOException | RuntimeException e) {
            // closing a reader over a broken stream; every record has been reported already
        }
    }

    private SourceItem response(WarcResponse response, String where) throws IOException {
        String target = response.target();
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            if (isTruncation(e)) {
                return broken(e, where);
            }
            return FileSource.skipped("malformed-http", "the record does not hold a readable HTTP response: " + reason(e), where);
        }
        if (http.status() != 200) {
            return FileSource.skipped("http-status", "HTTP status " + http.status() + "; only 200 responses are read", where);
        }
        MediaType type = http.headers().first("Content-Type").map(MediaType::parseLeniently).orElse(null);
        Format format = type == null ? null : formatOf(type.base().toString().toLowerCase(Locale.ROOT));
        if (format == null) {
            return FileSource.skipped("unsupported-content-type", "content type "
                    + (type == null ? "missing" : "'" + type.base() + "'") + "; only HTML and plain text are read", where);
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            return FileSource.skipped("too-large", "the response body exceeds " + limits.maxDocumentBytes() + " bytes", where);
        }
        String charset = type.parameters().get("charset");
        SourceHints hints = new SourceHints(null, target == null || target.isBlank() ? null : target.strip(), null, null, null);
        return new SourceItem.Document(new RawDocument(where, bytes, format, charset, hints));
    }

    private static Format formatOf(String baseType) {
        return switch (baseType) {
            case "text/html", "application/xhtml+xml" -> Format.HTML;
            case "text/plain" -> Format.TEXT;
            default -> null;
        };
    }

    private static SourceItem broken(Exception e, String where) {
        return isTruncation(e)
                ? FileSource.skipped("truncated", "the record is cut short; reading stopped: " + reason(e), where)
                : FileSource.skipped("malformed-warc", "the record is not valid WARC; reading stopped: " + reason(e), where);
    }

    private static boolean isTruncation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException || t instanceof ZipException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** Leaves the caller's stream open when the reader closes. */
    private static final class UnclosableStream extends java.io.FilterInputStream {
        UnclosableStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
