package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
    private static final List<String> TEXTS = List.of(
            "Ministers meet in Krelvik over fishing rights\nThe foreign ministers of Veldana and Ostmark met on Monday.",
            "Floods force 2,000 from homes near Pradnow\nHeavy rain flooded the river valley on Wednesday.",
            "Rail strike stops trains in Ostmark",
            "x");

    @Test
    void singleThreadedSessionsGiveTheVectorsOfTheLibrarysOwnModelAlsoFromSeveralThreadsAtOnce() throws Exception {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<float[]>> parallel = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String text : TEXTS) {
                    parallel.add(pool.submit(() -> embedder.embed(text).orElseThrow()));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                float[] expected = Vectors.normalized(reference.embed(TEXTS.get(i % TEXTS.size())).content().vector());
                float[] actual = parallel.get(i).get();
                assertThat(actual).hasSize(384);
                for (int d = 0; d < expected.length; d++) {
                    assertThat(actual[d]).as("dimension %d of text %d", d, i % TEXTS.size()).isCloseTo(expected[d],
                            org.assertj.core.data.Offset.offset(1e-6f));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(embedder.embed("  ")).isEmpty();
    }
}
