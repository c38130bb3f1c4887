package org.newsgraph.pipeline.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/** Finds the character encoding of an XML feed from its first bytes. Thread-safe. */
final class FeedEncoding {
    private FeedEncoding() {
    }

    /**
     * The feed as characters: a byte-order mark, else the XML declaration's encoding, else UTF-8; bytes that are
     * not valid in it become U+FFFD, so one bad byte does not lose a feed.
     */
    static Reader reader(InputStream in) throws XMLStreamException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        byte[] head;
        try {
            buffered.mark(HEAD);
            head = buffered.readNBytes(HEAD);
            buffered.reset();
        } catch (IOException e) {
            throw new XMLStreamException("cannot read: " + e.getMessage(), e);
        }
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (declared.find()) {
                charset = charsetNamed(declared.group(1));
            }
        }
        try {
            buffered.skipNBytes(bom);
        } catch (IOException e) {
            throw new XMLStreamException("cannot read: " + e.getMessage(), e);
        }
        return new InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static Charset charsetNamed(String name) {
        try {
            Charset charset = Charset.forName(name);
            // a declaration read as bytes can only name a charset that writes ASCII as ASCII
            return charset.newEncoder().canEncode('<') && "<".getBytes(charset).length == 1 ? charset : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static final int HEAD = 1024;
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

}
