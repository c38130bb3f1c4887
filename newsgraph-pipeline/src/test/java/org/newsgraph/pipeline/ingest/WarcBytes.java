package org.newsgraph.pipeline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds WARC files in memory for tests: records written by hand, plain or one gzip member per record. */
final class WarcBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzip;
    private int records;

    WarcBytes(boolean gzip) {
        this.gzip = gzip;
    }

    WarcBytes warcinfo() {
        return record("warcinfo", null, "application/warc-fields", "software: test\r\nformat: WARC File Format 1.1\r\n".getBytes(StandardCharsets.UTF_8));
    }

    WarcBytes request(String uri) {
        return record("request", uri, "application/http; msgtype=request",
                ("GET / HTTP/1.1\r\nHost: " + uri.replaceFirst("https?://", "").replaceFirst("/.*", "") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }

    WarcBytes metadata(String uri) {
        return record("metadata", uri, "application/warc-fields", "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8));
    }

    WarcBytes revisit(String uri) {
        return record("revisit", uri, "application/http; msgtype=response", "HTTP/1.1 304 Not Modified\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    WarcBytes response(String uri, int status, String contentType, String body) {
        return response(uri, http(status, contentType, body.getBytes(StandardCharsets.UTF_8), ""));
    }

    WarcBytes response(String uri, byte[] httpMessage) {
        return record("response", uri, "application/http; msgtype=response", httpMessage);
    }

    static byte[] http(int status, String contentType, byte[] body, String extraHeaders) {
        String head = "HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Other") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + (extraHeaders.contains("Transfer-Encoding") ? "" : "Content-Length: " + body.length + "\r\n")
                + extraHeaders + "\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    WarcBytes record(String type, String uri, String contentType, byte[] block) {
        records++;
        String head = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-" + String.format(java.util.Locale.ROOT, "%012d", records) + ">\r\n"
                + "WARC-Date: 2024-05-01T12:00:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        byte[] record = concat(concat(head.getBytes(StandardCharsets.UTF_8), block), "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(gzip ? gzip(record) : record);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
