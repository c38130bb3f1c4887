package org.newsgraph.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Outcome;

class PloverReaderTest {
    private static final String JSONL = String.join("\n",
            "{\"id\": \"DOC-1\", \"event\": \"DOCUMENT\", \"eventText\": \"about this file\"}",
            "{\"id\": \"R-1\", \"event\": \"CONSULT\", \"text\": \"Norway's foreign minister met Chilean envoys in Oslo.\","
                    + " \"source\": [{\"actorText\": \"Norway\", \"code\": \"NOR\"}], \"target\": [{\"actorText\": \"Chilean\", \"code\": \"CHL\"}]}",
            "",
            "{\"id\": \"R-2\", \"event\": \"DEMAND\", \"text\": \"Unions demanded higher wages.\", \"source\": [], \"target\": []}");

    @Test
    void documentationRecordsAndBlankLinesAreSkipped() {
        List<PloverRecord> read = ((Outcome.Ok<List<PloverRecord>>) new PloverReader().read(JSONL, "p.jsonl", 10)).value();

        assertThat(read).extracting(PloverRecord::id).containsExactly("R-1", "R-2");
        assertThat(read.get(0).sources()).containsExactly(new PloverRecord.Actor("Norway", "NOR"));
        assertThat(read.get(0).targets()).containsExactly(new PloverRecord.Actor("Chilean", "CHL"));
        assertThat(read.get(1).sources()).isEmpty();
    }

    @Test
    void recordWithoutTextIsAProblemWithItsLine() {
        Outcome<List<PloverRecord>> read = new PloverReader().read("{\"id\": \"R-9\", \"event\": \"AID\"}", "p.jsonl", 10);

        assertThat(read).isInstanceOfSatisfying(Outcome.Failed.class, f -> {
            assertThat(f.problem().code()).isEqualTo("missing-field");
            assertThat(f.problem().location()).isEqualTo("p.jsonl:1");
        });
    }

    @Test
    void actorMatchesByCountryCodeOrLastName() {
        Entity norway = new Entity("gpe:NOR", "Norway", EntityType.GPE, List.of("Norway", "Norwegian"), "NOR", List.of());
        Entity envoy = new Entity("person:ines-soto", "Ines Soto", EntityType.PERSON, List.of("Ines Soto"), "CHL", List.of("envoy"));
        Entity other = new Entity("org:acme", "Acme", EntityType.ORG, List.of("Acme"), null, List.of());

        assertThat(ActorMatch.matches(norway, "Norwegian", "NORGOV")).isTrue();
        assertThat(ActorMatch.matches(envoy, "Chilean envoy", "CHL")).isTrue();
        assertThat(ActorMatch.matches(envoy, "Soto", "")).isTrue();
        assertThat(ActorMatch.matches(other, "Norway", "NOR")).isFalse();
        assertThat(ActorMatch.matches(null, "Norway", "NOR")).isFalse();
    }

    @Property(tries = 300)
    void anyInputGivesRecordsOrAProblem(@ForAll String jsonl) {
        Outcome<List<PloverRecord>> read = new PloverReader().read(jsonl, "fuzz.jsonl", 10);

        assertThat(read).isInstanceOfAny(Outcome.Ok.class, Outcome.Failed.class);
    }
}
