package org.newsgraph.pipeline.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newsgraph.model.Outcome;

/**
 * Decodes bytes to text: a byte-order mark wins, then a declared charset, then strict UTF-8, then windows-1252.
 * Binary data (NUL bytes or many control characters) is refused ({@code binary}), no bytes is {@code empty}, and
 * text that decodes to mostly replacement characters is {@code undecodable}. Any byte array and any declared
 * name (unknown, illegal, {@code null}) give a value or one of these problems; nothing is thrown. Thread-safe.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the charset used. */
    public record Decoded(String text, String charset) {
    }

    /**
     * Decodes {@code bytes}; {@code declared} may be {@code null} or any string, an unusable name is ignored.
     * {@code location} names the document in problems and must not be blank.
     */
    public Outcome<Decoded> decode(byte[] bytes, String declared, String location) {
        Outcome<Decoded> decoded = detect(bytes == null ? new byte[0] : bytes, declared, location);
        if (decoded instanceof Outcome.Ok<Decoded> ok) {
            if (mostlyReplacement(ok.value().text())) {
                return Outcome.failed("undecodable", "the text decodes to mostly replacement characters (" + ok.value().charset() + ")", location);
            }
            if (manyControls(ok.value().text())) {
                return Outcome.failed("binary", "the document decodes to control characters, not text (" + ok.value().charset() + ")", location);
            }
        }
        return decoded;
    }

    private static boolean manyControls(String text) {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        return control > n / 20 + 1;
    }

    private static boolean mostlyReplacement(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                bad++;
            }
        }
        return bad > 0 && bad * 4 >= text.length();
    }

    private Outcome<Decoded> detect(byte[] bytes, String declared, String location) {
        if (bytes.length == 0) {
            return Outcome.failed("empty", "the document is empty", location);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return Outcome.ok(new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return Outcome.ok(new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return Outcome.ok(new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)"));
        }
        if (looksBinary(bytes)) {
            return Outcome.failed("binary", "the document looks like binary data, not text", location);
        }
        if (declared != null && !declared.isBlank()) {
            try {
                Charset charset = Charset.forName(declared.strip());
                String strict = strict(bytes, charset);
                if (strict != null) {
                    return Outcome.ok(new Decoded(strict, charset.name()));
                }
            } catch (IllegalArgumentException | UnsupportedOperationException unknown) {
                // an unknown or unusable name: fall through to detection
            }
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return Outcome.ok(new Decoded(utf8, "UTF-8"));
        }
        return Outcome.ok(new Decoded(new String(bytes, WINDOWS_1252), "windows-1252"));
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20 + 1;
    }
}
