package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;

/** Pages written for these tests, encoded in the charset they declare (or none), decode to the text written. */
class CharsetFixturesTest {
    private final TextDecoder decoder = new TextDecoder();

    private static byte[] page(String charsetLabel, String title, String body, Charset encoding) {
        String meta = charsetLabel == null ? "" : "<meta charset=\"" + charsetLabel + "\">";
        String html = "<!doctype html><html><head>" + meta + "<title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + body + "</p><p>" + body + "</p></article></body></html>";
        return html.getBytes(encoding);
    }

    private TextDecoder.Decoded decoded(byte[] bytes) {
        Outcome<TextDecoder.Decoded> out = decoder.decode(bytes, null, "fixture");
        assertThat(out).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<TextDecoder.Decoded>) out).value();
    }

    @Test
    void gb2312PageDeclaredInMetaDecodes() {
        String body = "市政府今天宣布，新的公共图书馆将于明年春天开放，市民可以免费借阅图书。";
        TextDecoder.Decoded d = decoded(page("gb2312", "新图书馆明年开放", body, Charset.forName("GB2312")));
        assertThat(d.text()).contains(body).contains("新图书馆明年开放");
        assertThat(d.source()).isEqualTo("meta");
        assertThat(d.replaced()).isZero();
    }

    @Test
    void windows1250PageDeclaredInMetaDecodes() {
        String body = "Městská rada schválila rozpočet na příští rok; nová lávka přes řeku bude hotová v říjnu.";
        TextDecoder.Decoded d = decoded(page("windows-1250", "Rada schválila rozpočet", body, Charset.forName("windows-1250")));
        assertThat(d.text()).contains(body);
        assertThat(d.charset()).startsWith("windows-1250");
    }

    @Test
    void windows1252PageDeclaredAsLatin1DecodesCurlyQuotesAndAccents() {
        String body = "Le maire a déclaré « nous sommes prêts » lors d’une réunion à l’hôtel de ville — trois élus étaient absents.";
        TextDecoder.Decoded d = decoded(page("iso-8859-1", "Réunion à l’hôtel de ville", body, Charset.forName("windows-1252")));
        assertThat(d.text()).contains(body).contains("Réunion à l’hôtel de ville");
        assertThat(d.charset()).startsWith("windows-1252");
    }

    @Test
    void utf8PageWithOneBadByteKeepsEveryOtherCharacter() {
        String body = "Die Brücke über den Fluss wird im März für zwei Wochen gesperrt, teilte die Stadtverwaltung mit.";
        byte[] good = page("utf-8", "Brücke gesperrt", body, StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        int at = new String(good, StandardCharsets.UTF_8).indexOf("</p>");
        at = new String(good, StandardCharsets.UTF_8).substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0xFF;
        System.arraycopy(good, at, bad, at + 1, good.length - at);
        TextDecoder.Decoded d = decoded(bad);
        assertThat(d.text()).contains(body + "\uFFFD</p>").contains("<title>Brücke gesperrt</title>");
        assertThat(d.charset()).startsWith("UTF-8");
        assertThat(d.replaced()).isEqualTo(1);
    }

    @Test
    void utf8PageWithOneBadByteAndNoDeclarationStaysUtf8() {
        String body = "Die Brücke über den Fluss wird im März für zwei Wochen gesperrt, teilte die Stadtverwaltung mit.";
        byte[] good = page(null, "Brücke gesperrt", body, StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
        bad[good.length] = (byte) 0xC3;
        TextDecoder.Decoded d = decoded(bad);
        assertThat(d.text()).contains(body).contains("Brücke gesperrt");
        assertThat(d.source()).isEqualTo("utf-8");
    }

    @Test
    void shiftJisPageDeclaredInMetaDecodes() {
        String body = "市は来年の春に新しい図書館を開くと発表した。市民は無料で本を借りることができる。";
        TextDecoder.Decoded d = decoded(page("Shift_JIS", "新しい図書館", body, Charset.forName("Shift_JIS")));
        assertThat(d.text()).contains(body).contains("新しい図書館");
    }

    @Test
    void koi8rPageWithoutAnyDeclarationIsSniffed() {
        String body = "Городской совет утвердил бюджет на следующий год. Новый мост через реку будет открыт осенью, "
                + "сообщили в администрации города. Жители смогут пользоваться им бесплатно.";
        TextDecoder.Decoded d = decoded(page(null, "Совет утвердил бюджет", body, Charset.forName("KOI8-R")));
        assertThat(d.text()).contains(body).contains("Совет утвердил бюджет");
        assertThat(d.source()).isEqualTo("sniffed");
        assertThat(d.charset()).startsWith("KOI8-R");
    }

    @Test
    void declaredHttpCharsetWinsOverTheMetaTag() {
        String body = "Městská rada schválila rozpočet na příští rok.";
        byte[] bytes = page("iso-8859-1", "Rada", body, Charset.forName("windows-1250"));
        Outcome<TextDecoder.Decoded> out = decoder.decode(bytes, "windows-1250", "fixture");
        assertThat(((Outcome.Ok<TextDecoder.Decoded>) out).value().text()).contains(body);
    }

    @Test
    void extractedTitleOfAGb2312PageIsNotGarbled() {
        String body = "市政府今天宣布，新的公共图书馆将于明年春天开放，市民可以免费借阅图书。图书馆共有三层，藏书十万册。";
        byte[] bytes = page("gb2312", "新图书馆明年开放", body, Charset.forName("GB2312"));
        Outcome<Article> out = new NewsExtractor().extract(new RawDocument("fixture.html", bytes, Format.HTML, null, SourceHints.NONE));
        assertThat(out).isInstanceOf(Outcome.Ok.class);
        Article a = ((Outcome.Ok<Article>) out).value();
        assertThat(a.metadata().titleText()).contains("新图书馆明年开放");
        assertThat(a.text()).contains(body);
    }
}
