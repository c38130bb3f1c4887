package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;

class PetrarchRecordReaderTest {
    private static final String XML = """
            <Sentences>
            <!-- a comment -->
            <Sentence date="20030514" id="T-01" category="TEST">
            <EventCoding sourcecode="NOR" targetcode="CHL" eventcode="040"></EventCoding>
            <Text>
            Norway held talks with
            Chile on Tuesday.
            </Text>
            <Parse>(ROOT (S (NP (NNP Norway))))</Parse>
            </Sentence>
            <Sentence date="20030515" id="T-02" category="TEST">
            <EventCoding noevents = "True"></EventCoding>
            <Text>The weather was mild.</Text>
            </Sentence>
            <Sentence date="bad" id="T-03" category="TEST">
            <EventCoding error = "known coder failure"></EventCoding>
            <Text>Something odd.</Text>
            </Sentence>
            </Sentences>""";

    @Test
    void codingsAndNoEventRecordsAreReadAndErrorOnlyRecordsLeftOut() {
        List<PetrarchRecord> read = ((Outcome.Ok<List<PetrarchRecord>>) new PetrarchRecordReader().read(XML, "r.xml", 10)).value();

        assertThat(read).hasSize(2);
        assertThat(read.get(0).date()).isEqualTo(LocalDate.of(2003, 5, 14));
        assertThat(read.get(0).text()).isEqualTo("Norway held talks with Chile on Tuesday.");
        assertThat(read.get(0).codings()).containsExactly(new PetrarchRecord.Coding("NOR", "CHL", "040"));
        assertThat(read.get(1).noEvents()).isTrue();
        assertThat(read.get(1).codings()).isEmpty();
    }

    @Test
    void malformedXmlIsAProblem() {
        Outcome<List<PetrarchRecord>> read = new PetrarchRecordReader().read("<Sentences><Sentence id='x'>", "r.xml", 10);

        assertThat(read).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.problem().code()).isEqualTo("malformed-xml"));
    }

    @Test
    void sentenceWithoutTextIsAProblem() {
        Outcome<List<PetrarchRecord>> read = new PetrarchRecordReader().read("<S><Sentence id='x'></Sentence></S>", "r.xml", 10);

        assertThat(read).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.problem().code()).isEqualTo("missing-field"));
    }

    @Property(tries = 200)
    void anyInputGivesRecordsOrAProblem(@ForAll String xml) {
        assertThat(new PetrarchRecordReader().read(xml, "fuzz.xml", 10)).isInstanceOfAny(Outcome.Ok.class, Outcome.Failed.class);
    }
}
