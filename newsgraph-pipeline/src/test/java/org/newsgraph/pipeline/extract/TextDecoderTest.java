package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    private TextDecoder.Decoded ok(Outcome<TextDecoder.Decoded> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<TextDecoder.Decoded>) outcome).value();
    }

    private String code(Outcome<TextDecoder.Decoded> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Failed.class);
        return ((Outcome.Failed<TextDecoder.Decoded>) outcome).problem().code();
    }

    @Test
    void utf8ByteOrderMarkIsDroppedAndWins() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C', 'a', 'f', (byte) 0xC3, (byte) 0xA9};
        TextDecoder.Decoded d = ok(decoder.decode(bytes, "windows-1252", "f"));
        assertThat(d.text()).isEqualTo("Café");
        assertThat(d.charset()).startsWith("UTF-8");
    }

    @Test
    void utf16LittleEndianByteOrderMarkIsRead() {
        byte[] body = "Kyiv".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(ok(decoder.decode(bytes, null, "f")).text()).isEqualTo("Kyiv");
    }

    @Test
    void declaredCharsetIsUsedWhenItDecodesCleanly() {
        byte[] bytes = "Zürich".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ok(decoder.decode(bytes, "ISO-8859-1", "f")).text()).isEqualTo("Zürich");
    }

    @Test
    void unknownDeclaredCharsetFallsBackToDetection() {
        byte[] bytes = "Zürich".getBytes(StandardCharsets.UTF_8);
        assertThat(ok(decoder.decode(bytes, "no-such-charset!", "f")).text()).isEqualTo("Zürich");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] bytes = {(byte) 0x93, 'H', 'i', (byte) 0x94};
        TextDecoder.Decoded d = ok(decoder.decode(bytes, null, "f"));
        assertThat(d.text()).isEqualTo("\u201CHi\u201D");
        assertThat(d.charset()).isEqualTo("windows-1252");
    }

    @Test
    void emptyBytesAreAnEmptyProblem() {
        assertThat(code(decoder.decode(new byte[0], null, "f"))).isEqualTo("empty");
    }

    @Test
    void nulBytesAreABinaryProblem() {
        assertThat(code(decoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}, null, "f"))).isEqualTo("binary");
    }

    @Test
    void bytesThatDecodeToReplacementCharactersAreUndecodable() {
        byte[] bytes = new byte[64];
        java.util.Arrays.fill(bytes, (byte) 0x81);
        assertThat(code(decoder.decode(bytes, null, "f"))).isEqualTo("undecodable");
    }

    @Property(tries = 500)
    void anyBytesAndAnyDeclaredNameGiveAValueOrADeclaredProblem(@ForAll byte[] bytes, @ForAll String declared) {
        Outcome<TextDecoder.Decoded> outcome = decoder.decode(bytes, declared, "prop");
        if (outcome instanceof Outcome.Failed<TextDecoder.Decoded> failed) {
            assertThat(failed.problem().code()).isIn("empty", "binary", "undecodable");
        } else {
            assertThat(((Outcome.Ok<TextDecoder.Decoded>) outcome).value().text()).isNotNull();
        }
    }
}
