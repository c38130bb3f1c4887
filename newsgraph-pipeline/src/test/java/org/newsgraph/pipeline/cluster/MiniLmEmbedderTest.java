package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
    @Test
    void reportsOfOneMeetingEmbedCloserThanAnUnrelatedStoryAndBlankTextEmbedsNothing() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        float[] a = embedder.embed("Norway and Estonia discuss an undersea power cable at talks in Oslo").orElseThrow();
        float[] b = embedder.embed("Ministers of Estonia and Norway agree to study a Baltic electricity link").orElseThrow();
        float[] c = embedder.embed("Heavy rain floods the centre of Porto and closes the metro").orElseThrow();
        assertThat(Vectors.dot(a, a)).isCloseTo(1.0, within(1e-4));
        assertThat(Vectors.dot(a, b)).isGreaterThan(Vectors.dot(a, c) + 0.2);
        assertThat(embedder.embed("  ")).isEmpty();
    }
}
