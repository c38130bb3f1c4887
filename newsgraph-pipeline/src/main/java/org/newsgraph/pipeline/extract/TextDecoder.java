package org.newsgraph.pipeline.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Outcome;

/**
 * Decodes bytes to text, choosing the charset once, in this order: a byte-order mark; the charset the source
 * declared (an HTTP {@code Content-Type}); a {@code <meta charset>} or {@code <meta http-equiv>} declaration in the
 * first 4 KiB; else valid UTF-8 (a few invalid bytes in otherwise UTF-8 text still count as UTF-8); else ICU's
 * {@link CharsetDetector} when it is confident and the text has enough non-ASCII bytes to judge; else windows-1252. Labels are read as browsers read them
 * ({@code iso-8859-1} and {@code ascii} as windows-1252, {@code gb2312} as GB18030, {@code shift_jis} as
 * windows-31j). A declared Latin-1 family charset over bytes that are valid UTF-8 with multi-byte sequences is
 * taken for the mislabel it is. Bytes invalid in the chosen charset become U+FFFD; the page is never re-read in
 * another charset. The charset used and why is recorded ({@link Decoded}). Binary data (NUL bytes or many control
 * characters) is refused ({@code binary}), no bytes is {@code empty}, and text that decodes to mostly replacement
 * characters is {@code undecodable}. Any byte array and any declared name (unknown, illegal, {@code null}) give a
 * value or one of these problems; nothing is thrown. Thread-safe.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int META_WINDOW = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("latin-1", "windows-1252"), Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("l1", "windows-1252"), Map.entry("cp1252", "windows-1252"), Map.entry("gb2312", "GB18030"),
            Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"), Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"), Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
            Map.entry("utf8", "UTF-8"), Map.entry("unicode", "UTF-8"), Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("tis-620", "windows-874"), Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"));
    /** ICU's confidence (0-100) below which its guess is not taken. */
    private static final int SNIFF_CONFIDENCE = 25;
    /** Fewer non-ASCII bytes than this carry too little signal to sniff: windows-1252 is taken. */
    private static final int SNIFF_MIN_BYTES = 8;

    /**
     * The decoded text and the charset used.
     *
     * @param text    the text, invalid bytes as U+FFFD
     * @param charset the charset's name, with how it was chosen in parentheses where not from a declaration
     *                ({@code UTF-8 (BOM)}, {@code GB18030 (meta)}, {@code windows-1250 (sniffed)})
     * @param source  how the charset was chosen: {@code bom}, {@code declared}, {@code meta}, {@code utf-8},
     *                {@code sniffed} or {@code fallback}
     * @param replaced bytes (sequences) invalid in that charset, replaced by U+FFFD
     */
    public record Decoded(String text, String charset, String source, int replaced) {
        public Decoded(String text, String charset) {
            this(text, charset, "declared", 0);
        }
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
            return Outcome.ok(replacing(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)", "bom"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return Outcome.ok(replacing(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)", "bom"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return Outcome.ok(replacing(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)", "bom"));
        }
        if (looksBinary(bytes)) {
            return Outcome.failed("binary", "the document looks like binary data, not text", location);
        }
        Utf8Check utf8 = utf8(bytes);
        Optional<Charset> stated = charset(declared);
        String source = "declared";
        if (stated.isEmpty()) {
            stated = metaCharset(bytes).flatMap(TextDecoder::charset);
            source = "meta";
        }
        if (stated.isPresent()) {
            Charset c = stated.get();
            boolean latin = c.equals(WINDOWS_1252) || c.equals(StandardCharsets.ISO_8859_1);
            if (latin && utf8.invalid() == 0 && utf8.multiByte() > 0) {
                return Outcome.ok(new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8 (valid, labelled " + c.name() + ")", "utf-8", 0));
            }
            if (c.equals(StandardCharsets.UTF_16) || c.equals(StandardCharsets.UTF_16LE) || c.equals(StandardCharsets.UTF_16BE)) {
                c = StandardCharsets.UTF_8; // a page that says UTF-16 without a byte-order mark is ASCII-compatible
            }
            return Outcome.ok(replacing(bytes, 0, c, source.equals("meta") ? c.name() + " (meta)" : c.name(), source));
        }
        if (utf8.invalid() == 0) {
            return Outcome.ok(new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "utf-8", 0));
        }
        if (utf8.multiByte() >= 2 && utf8.invalid() <= 1 + utf8.multiByte() / 5) {
            return Outcome.ok(replacing(bytes, 0, StandardCharsets.UTF_8, "UTF-8 (some invalid bytes)", "utf-8"));
        }
        Optional<Charset> sniffed = utf8.nonAscii() < SNIFF_MIN_BYTES ? Optional.empty() : sniff(bytes);
        if (sniffed.isPresent()) {
            return Outcome.ok(replacing(bytes, 0, sniffed.get(), sniffed.get().name() + " (sniffed)", "sniffed"));
        }
        return Outcome.ok(replacing(bytes, 0, WINDOWS_1252, "windows-1252", "fallback"));
    }

    /** A charset name as a browser reads it, if Java knows it. */
    static Optional<Charset> charset(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        String name = LABELS.getOrDefault(l, l);
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException | UnsupportedOperationException unknown) {
            return Optional.empty();
        }
    }

    /** The charset a {@code <meta>} tag in the first {@value #META_WINDOW} bytes declares. */
    static Optional<String> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> sniff(byte[] bytes) {
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.enableInputFilter(true);
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            if (match == null || match.getConfidence() < SNIFF_CONFIDENCE || match.getName().startsWith("UTF-16")
                    || match.getName().startsWith("UTF-32")) {
                return Optional.empty();
            }
            return charset(match.getName());
        } catch (RuntimeException detectorFault) {
            return Optional.empty();
        }
    }

    private record Utf8Check(int multiByte, int invalid, int nonAscii) {
    }

    /** Counts valid multi-byte sequences and invalid bytes as UTF-8. */
    private static Utf8Check utf8(byte[] b) {
        int multi = 0;
        int invalid = 0;
        int nonAscii = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            nonAscii++;
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            boolean ok = need > 0;
            if (ok) {
                for (int k = 1; k <= need; k++) {
                    if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                }
            }
            if (ok) {
                multi++;
                i += need + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Check(multi, invalid, nonAscii);
    }

    private static Decoded replacing(byte[] bytes, int offset, Charset charset, String name, String source) {
        CharBuffer chars;
        try {
            chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        } catch (CharacterCodingException cannotHappenWhenReplacing) {
            chars = CharBuffer.wrap(new String(bytes, offset, bytes.length - offset, charset));
        }
        String text = chars.toString();
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            replaced += text.charAt(i) == '\uFFFD' ? 1 : 0;
        }
        return new Decoded(text, name, source, replaced);
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
