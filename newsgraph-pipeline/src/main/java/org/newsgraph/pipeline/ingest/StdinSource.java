package org.newsgraph.pipeline.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.Format;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/**
 * Reads standard input: a WARC file when it starts with {@code WARC/} (plain or gzip-compressed), JSON lines when
 * the first non-blank character is <code>{</code>, a feed when the root element is {@code rss}, {@code feed} or
 * {@code RDF}, HTML when it is another {@code <}, otherwise one plain-text article.
 */
public final class StdinSource implements Source {
    private final InputStream in;
    private final IngestLimits limits;

    public StdinSource(InputStream in, IngestLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    @Override
    public void read(Consumer<SourceItem> sink) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(4096);
            byte[] head = buffered.readNBytes(4096);
            buffered.reset();
            if (isWarc(head)) {
                new WarcSource(buffered, "stdin", limits).read(sink);
                return;
            }
            if (FeedSource.looksLikeFeed(head)) {
                new FeedSource(buffered, "stdin", limits).read(sink);
                return;
            }
            int first = firstNonBlank(head);
            if (first == '{') {
                FileSource.readLines(buffered, "stdin", limits, sink);
                return;
            }
            byte[] bytes = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            if (bytes.length > limits.maxDocumentBytes()) {
                sink.accept(FileSource.skipped("too-large", "input exceeds " + limits.maxDocumentBytes() + " bytes", "stdin"));
                return;
            }
            Format format = first == '<' ? Format.HTML : Format.TEXT;
            sink.accept(new SourceItem.Document(new RawDocument("stdin", bytes, format, null, SourceHints.NONE)));
        } catch (IOException e) {
            sink.accept(FileSource.skipped("unreadable", "cannot read standard input: " + e.getMessage(), "stdin"));
        }
    }

    private static boolean isWarc(byte[] head) {
        byte[] start = head;
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(head))) {
                start = gz.readNBytes(5);
            } catch (IOException e) {
                // a gzip stream cut inside its first member, or not gzip at all
                return false;
            }
        }
        return new String(start, 0, Math.min(5, start.length), StandardCharsets.ISO_8859_1).equals("WARC/");
    }

    private static int firstNonBlank(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        for (; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i];
            }
        }
        return -1;
    }
}
