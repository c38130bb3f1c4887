package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.Span;

class ConllNerReaderTest {
    private static final String FILE = String.join("\n",
            "-DOCSTART- -X- -X- O",
            "",
            "Lena NNP B-NP B-PER",
            "Brandt NNP I-NP I-PER",
            "joined VBD B-VP O",
            "Nordwind NNP B-NP B-ORG",
            "Shipping NNP I-NP I-ORG",
            ". . O O",
            "",
            "Oslo NNP B-NP B-LOC",
            "cheered VBD B-VP O",
            "",
            "-DOCSTART- -X- -X- O",
            "",
            "Danish JJ B-NP I-MISC",
            "Kiel NNP I-NP I-LOC",
            "Hamburg NNP I-NP B-LOC",
            "");

    @Test
    void documentsAreRebuiltAsTextWithNamesAsCharacterSpans() {
        List<ConllDocument> docs = ((Outcome.Ok<List<ConllDocument>>) new ConllNerReader().read(FILE, "t.conll", 10)).value();

        assertThat(docs).hasSize(2);
        ConllDocument first = docs.get(0);
        assertThat(first.text()).isEqualTo("Lena Brandt joined Nordwind Shipping .\nOslo cheered");
        assertThat(first.tokens()).isEqualTo(8);
        assertThat(first.names()).containsExactly(new NamedSpan(new Span(0, 11), "PER"), new NamedSpan(new Span(19, 36), "ORG"),
                new NamedSpan(new Span(39, 43), "LOC"));
    }

    @Test
    void iob1InsideTagStartsANameAndBeginTagSplitsTwo() {
        List<ConllDocument> docs = ((Outcome.Ok<List<ConllDocument>>) new ConllNerReader().read(FILE, "t.conll", 10)).value();

        ConllDocument second = docs.get(1);
        assertThat(second.names()).extracting(n -> n.span().of(second.text()) + "/" + n.type())
                .containsExactly("Danish/MISC", "Kiel/LOC", "Hamburg/LOC");
    }

    @Test
    void limitStopsAfterTheGivenNumberOfDocuments() {
        assertThat(((Outcome.Ok<List<ConllDocument>>) new ConllNerReader().read(FILE, "t.conll", 1)).value()).hasSize(1);
    }

    @Test
    void unknownTagIsAProblemWithItsLine() {
        Outcome<List<ConllDocument>> read = new ConllNerReader().read("Oslo NNP B-NP B-CITY\n", "bad.conll", 10);

        assertThat(read).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.problem().location()).isEqualTo("bad.conll:1"));
    }

    @Property(tries = 300)
    void anyInputGivesDocumentsOrAProblem(@ForAll String conll) {
        Outcome<List<ConllDocument>> read = new ConllNerReader().read(conll, "fuzz.conll", 5);

        if (read instanceof Outcome.Ok<List<ConllDocument>> ok) {
            ok.value().forEach(d -> d.names().forEach(n -> assertThat(n.span().end()).isLessThanOrEqualTo(d.text().length())));
        } else {
            assertThat(read).isInstanceOf(Outcome.Failed.class);
        }
    }
}
