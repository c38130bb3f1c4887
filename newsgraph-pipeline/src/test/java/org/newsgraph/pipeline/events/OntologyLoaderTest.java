package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Outcome;

class OntologyLoaderTest {
    private final OntologyLoader loader = new OntologyLoader(EnglishStemmer.standard());

    private static EventOntology ok(Outcome<EventOntology> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Ok.class);
        return ((Outcome.Ok<EventOntology>) outcome).value();
    }

    private static String failureCode(Outcome<EventOntology> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Failed.class);
        return ((Outcome.Failed<EventOntology>) outcome).problem().code();
    }

    @Test
    void bundledOntologyHasTheCodesTheCoderPromises() {
        EventOntology ontology = ok(loader.bundled());

        assertThat(ontology.cues()).extracting(EventCue::cameo)
                .contains("036", "040", "041", "042", "043", "044", "139", "154", "163", "173", "195", "1724");
        assertThat(ontology.types()).contains("CONSULT", "AGREE", "THREATEN", "MOBILIZE", "COERCE", "ASSAULT",
                "COUP", "ELECTION", "IGNORE");
    }

    @Test
    void unknownKeyIsRejectedAndNamed() {
        Outcome<EventOntology> read = loader.read("""
                {"types": [{"type": "CONSULT", "cues": [{"cameo": "040", "pattrens": ["meet"]}]}]}""", "user.json");

        assertThat(failureCode(read)).isEqualTo("unknown-key");
        assertThat(((Outcome.Failed<EventOntology>) read).problem().message()).contains("pattrens");
        assertThat(((Outcome.Failed<EventOntology>) read).problem().location()).contains("user.json").contains("types[0]");
    }

    @Test
    void malformedEntriesAreDeclaredErrors() {
        assertThat(failureCode(loader.read("{not json", "f"))).isEqualTo("malformed-ontology");
        assertThat(failureCode(loader.read("[]", "f"))).isEqualTo("malformed-ontology");
        assertThat(failureCode(loader.read("{\"types\":[{\"type\":\"consult\",\"cues\":[{\"patterns\":[\"meet\"]}]}]}", "f")))
                .isEqualTo("bad-type");
        assertThat(failureCode(loader.read("{\"types\":[{\"type\":\"X\",\"cues\":[{\"cameo\":\"4a\",\"patterns\":[\"meet\"]}]}]}", "f")))
                .isEqualTo("bad-cameo");
        assertThat(failureCode(loader.read("{\"types\":[{\"type\":\"X\",\"cues\":[{\"weight\":3,\"patterns\":[\"meet\"]}]}]}", "f")))
                .isEqualTo("bad-weight");
        assertThat(failureCode(loader.read("{\"types\":[{\"type\":\"X\",\"cues\":[{\"patterns\":[\"* meet\"]}]}]}", "f")))
                .isEqualTo("bad-pattern");
        assertThat(failureCode(loader.read("{\"types\":[{\"type\":\"X\",\"cues\":[]}]}", "f")))
                .isEqualTo("malformed-ontology");
        assertThat(failureCode(loader.read("{\"types\":[{\"type\":\"X\",\"cues\":[{\"salience\":0,\"patterns\":[\"meet\"]}]}]}", "f")))
                .isEqualTo("bad-salience");
        assertThat(failureCode(loader.read("{\"modals\":[\"Will\"],\"types\":[]}", "f"))).isEqualTo("bad-modal");
        assertThat(failureCode(loader.read("{\"types\":[{\"type\":\"X\",\"intent\":{\"type\":\"Y\",\"code\":\"1\"},\"cues\":[{\"patterns\":[\"meet\"]}]}]}", "f")))
                .isEqualTo("unknown-key");
    }

    @Test
    void gatheringNounsDecisiveTypesAndActsBetweenCountriesAreReadAndChecked() {
        Outcome<EventOntology> read = loader.read("""
                {"settings": ["summit"], "decisions": ["MOBILIZE"],
                 "types": [{"type": "DISASTER", "opposed": {"type": "ASSAULT", "cameo": "190"}, "cues": [{"patterns": ["crash"]}]}]}
                """, "f");
        EventOntology o = ((Outcome.Ok<EventOntology>) read).value();
        assertThat(o.settings()).containsExactly("summit");
        assertThat(o.decisions()).containsExactly("MOBILIZE");
        assertThat(o.opposed()).containsEntry("DISASTER", new EventOntology.Intent("ASSAULT", "190"));

        assertThat(failureCode(loader.read("{\"settings\":[\"Summit\"],\"types\":[]}", "f"))).isEqualTo("bad-setting");
        assertThat(failureCode(loader.read("{\"decisions\":\"MOBILIZE\",\"types\":[]}", "f"))).isEqualTo("bad-decision");
        assertThat(failureCode(loader.read(
                "{\"types\":[{\"type\":\"X\",\"opposed\":{\"type\":\"y\"},\"cues\":[{\"patterns\":[\"meet\"]}]}]}", "f")))
                .isEqualTo("bad-opposed");
    }

    @Test
    void missingUserFileIsAProblemNotAnException() {
        assertThat(failureCode(loader.bundledWith(Path.of("/nonexistent/ontology.json")))).isEqualTo("unreadable-ontology");
        assertThat(PatternEventCoder.withUserOntology(Path.of("/nonexistent/ontology.json"))).isInstanceOf(Outcome.Failed.class);
        assertThat(PatternEventCoder.bundled()).isInstanceOf(Outcome.Ok.class);
    }

    @Test
    void userFileAddsANewTypeThatTheCoderUses(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("cyber.json");
        Files.writeString(user, """
                {"types": [{"type": "CYBERATTACK", "description": "attacks on computer systems",
                            "cues": [{"weight": 0.8, "patterns": ["=ransomware =attack", "hack"]}]}]}""", StandardCharsets.UTF_8);
        EventOntology ontology = ok(loader.bundledWith(user));
        PatternEventCoder coder = new PatternEventCoder(ontology, EnglishStemmer.standard());

        var article = ArticleFixture.of("Unknown criminals hacked the servers of the Port of Gdansk on Sunday.")
                .entity("port", EntityType.ORG, "the Port of Gdansk")
                .build();

        EventMention e = coder.code(article).getFirst();
        assertThat(e.type()).isEqualTo("CYBERATTACK");
        assertThat(e.cameo()).isNull();
        assertThat(e.targetId()).isEqualTo("port");
    }

    @Test
    void userPatternReplacesTheBundledMeaningOfTheSamePattern(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("remap.json");
        Files.writeString(user, """
                {"types": [{"type": "CONSULT", "cues": [{"cameo": "043", "patterns": ["host"]}]},
                           {"type": "SUPPORT", "cues": [{"cameo": "051", "patterns": ["=summit"]}]}]}""", StandardCharsets.UTF_8);
        EventOntology ontology = ok(loader.bundledWith(user));

        assertThat(ontology.cues()).filteredOn(c -> c.pattern().text().equals("=summit"))
                .singleElement().extracting(EventCue::type).isEqualTo("SUPPORT");
    }
}
