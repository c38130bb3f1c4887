package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Span;

class TimeMlReaderTest {
    private static final String DOC = """
            <?xml version="1.0" ?><TimeML>
            <DOCID>wire_0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-04" functionInDocument="CREATION_TIME">June 4, 2021</TIMEX3></DCT>
            <TITLE>Port reopens</TITLE>
            <TEXT>The port <EVENT eid="e1">reopened</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2021-06-03">Thursday</TIMEX3> \
            after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.</TEXT>
            </TimeML>""";

    @Test
    void textKeepsOnlyTheCharactersOfTextAndTimexOffsetsPointIntoIt() {
        TimeMlDocument doc = ((Outcome.Ok<TimeMlDocument>) new TimeMlReader().read(DOC, "wire.tml")).value();

        assertThat(doc.id()).isEqualTo("wire_0001");
        assertThat(doc.created()).isEqualTo(LocalDate.of(2021, 6, 4));
        assertThat(doc.text()).isEqualTo("The port reopened on Thursday after two weeks.");
        assertThat(doc.timexes()).containsExactly(new GoldTimex(new Span(21, 29), "DATE", "2021-06-03"),
                new GoldTimex(new Span(36, 45), "DURATION", "P2W"));
        assertThat(doc.timexes().get(1).span().of(doc.text())).isEqualTo("two weeks");
    }

    @Test
    void brokenXmlIsAProblemNamingTheFile() {
        Outcome<TimeMlDocument> read = new TimeMlReader().read("<TimeML><TEXT>open <TIMEX3>", "broken.tml");

        assertThat(read).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
            assertThat(f.problem().code()).isEqualTo("malformed-xml");
            assertThat(f.problem().location()).isEqualTo("broken.tml");
        });
    }

    @Test
    void documentWithoutTextElementIsAProblem() {
        Outcome<TimeMlDocument> read = new TimeMlReader().read("<TimeML><DOCID>x</DOCID></TimeML>", "empty.tml");

        assertThat(read).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.problem().code()).isEqualTo("no-text"));
    }

    @Test
    void dctThatIsNotADayLeavesTheDocumentUndated() {
        String xml = "<TimeML><DCT><TIMEX3 type=\"DATE\" value=\"2021-W22\">this week</TIMEX3></DCT><TEXT>Quiet.</TEXT></TimeML>";
        TimeMlDocument doc = ((Outcome.Ok<TimeMlDocument>) new TimeMlReader().read(xml, "w.tml")).value();

        assertThat(doc.created()).isNull();
        assertThat(doc.id()).isEqualTo("w.tml");
    }

    @Property(tries = 200)
    void anyInputGivesADocumentOrAProblem(@ForAll String xml) {
        Outcome<TimeMlDocument> read = new TimeMlReader().read(xml, "fuzz.tml");

        assertThat(read).isNotNull();
        if (read instanceof Outcome.Ok<TimeMlDocument> ok) {
            ok.value().timexes().forEach(t -> assertThat(t.span().end()).isLessThanOrEqualTo(ok.value().text().length()));
        }
    }

    @Property(tries = 100)
    void anyTextInsideTextElementIsReadBack(@ForAll("plain") String words) {
        String xml = "<TimeML><TEXT>" + words + "</TEXT></TimeML>";
        assertThat(new TimeMlReader().read(xml, "p.tml")).isInstanceOfSatisfying(Outcome.Ok.class,
                ok -> assertThat(((TimeMlDocument) ok.value()).text()).isEqualTo(words));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> plain() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ',', '.').ofMaxLength(60);
    }
}
