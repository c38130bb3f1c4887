package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.Pipelines;
import org.newsgraph.pipeline.cluster.EventAssembler;

class EvaluatorTest {
    @TempDir
    Path dir;

    private static final String WIRE = """
            Harbour workers in Port Lenmark ended a nine-day strike on Thursday after the port authority agreed to a new \
            shift plan, union leaders said.
            
            "We have what we came for," said union secretary Ilse Varga.
            """;

    @Test
    void scoresAGoldSetFolderEndToEnd() throws Exception {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/a1.txt"), WIRE);
        Files.writeString(dir.resolve("articles/a2.txt"), WIRE);
        Files.writeString(dir.resolve("articles/a3.txt"), "Lenmark's council voted on Monday to rename the old harbour bridge.\n");
        Files.writeString(dir.resolve("articles.jsonl"), """
                {"id":"a1","url":"https://first.example/2024/05/02/strike-ends","file":"articles/a1.txt"}
                {"id":"a2","url":"https://second.example/strike","file":"articles/a2.txt"}
                {"id":"a3","url":"https://first.example/bridge","file":"articles/a3.txt"}
                """);
        Files.writeString(dir.resolve("gold.json"), """
                {"articles":[
                  {"id":"a1","outlet":"First","published":"2024-05-02","event":"e1","near_duplicate_of":null},
                  {"id":"a2","outlet":"Second","published":null,"event":"e1","near_duplicate_of":"a1"},
                  {"id":"a3","outlet":"First","published":null,"event":"e2","near_duplicate_of":null}],
                 "events":[{"id":"e1","date":"2024-05-02","location":"Port Lenmark","type":"STRIKE","actors":[],"story":"s1"},
                           {"id":"e2","date":null,"location":null,"type":"VOTE","actors":[],"story":null}],
                 "stories":[{"id":"s1","events":["e1"]}],
                 "entities":[],
                 "quotes":[{"article":"a1","text":"We have what we came for,","speaker":"Ilse Varga"}]}
                """);
        Outcome<EvalReport> outcome = new Evaluator(Pipelines::standard, new EventAssembler()::assemble).evaluate(dir);
        EvalReport r = ((Outcome.Ok<EvalReport>) outcome).value();
        assertThat(r.articles()).isEqualTo(3);
        assertThat(r.dedup().precision()).isEqualTo(1.0);
        assertThat(r.dedup().recall()).isEqualTo(1.0);
        assertThat(r.events().bcubedF1()).isEqualTo(1.0);
        assertThat(r.extraction().contentKept()).isEqualTo(1.0);
        assertThat(r.extraction().inventedPublished()).isZero();
        assertThat(r.extraction().publishedAccuracy()).isEqualTo(1.0);
        assertThat(r.events().inventedDates()).isZero();
        assertThat(r.events().dateAccuracy()).isEqualTo(1.0); // "on Thursday" in an article its URL dates Thursday 2 May
        assertThat(r.speed().wallSeconds()).isPositive();
    }

    @Test
    void explainListsEachMissWithWhatTheSystemHad() throws Exception {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/a1.txt"), WIRE);
        Files.writeString(dir.resolve("articles/a3.txt"), "Lenmark's council voted on Monday to rename the old harbour bridge.\n");
        Files.writeString(dir.resolve("articles.jsonl"), """
                {"id":"a1","url":"https://first.example/2024/05/02/strike-ends","file":"articles/a1.txt"}
                {"id":"a3","url":"https://first.example/bridge","file":"articles/a3.txt"}
                """);
        Files.writeString(dir.resolve("gold.json"), """
                {"articles":[
                  {"id":"a1","outlet":"First","published":"2024-05-02","event":"e1","near_duplicate_of":null},
                  {"id":"a3","outlet":"First","published":null,"event":"e1","near_duplicate_of":"a1"}],
                 "events":[{"id":"e1","date":"2024-05-02","location":"Port Lenmark","type":"STRIKE","actors":[],"story":null}],
                 "stories":[],
                 "entities":[],
                 "quotes":[{"article":"a1","text":"We have what we came for,","speaker":"Port Authority"},
                           {"article":"a3","text":"rename the old harbour bridge","speaker":null}]}
                """);
        Outcome<Evaluator.Explained> outcome = new Evaluator(Pipelines::standard, new EventAssembler()::assemble).explain(dir);
        Evaluator.Explained explained = ((Outcome.Ok<Evaluator.Explained>) outcome).value();
        assertThat(explained.misses()).extracting(m -> m.metric() + " " + m.item())
                .contains("dedup.recall a1~a3", "events.bcubed_recall e1", "quotes.speaker_accuracy a1 \"We have what we came for,\"",
                        "quotes.recall a3 \"rename the old harbour bridge\"");
        assertThat(explained.misses()).filteredOn(m -> m.metric().equals("quotes.speaker_accuracy"))
                .singleElement().satisfies(m -> assertThat(m.detail()).contains("gold Port Authority").contains("Ilse Varga"));
        assertThat(explained.report().quotes().speakerAccuracy()).isZero();
    }

    @Test
    void aFolderWithoutGoldIsAProblemNotACrash() {
        Outcome<EvalReport> outcome = new Evaluator(Pipelines::standard, new EventAssembler()::assemble).evaluate(dir);
        assertThat(outcome).isInstanceOf(Outcome.Failed.class);
        assertThat(((Outcome.Failed<EvalReport>) outcome).problem().code()).isEqualTo("not-a-dataset");
    }
}
