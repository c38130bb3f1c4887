package org.newsgraph.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.cluster.MiniLmEmbedder;

class EventTypeModelTest {
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();
    private static final EventOntology ONTOLOGY = ((Outcome.Ok<EventOntology>) new OntologyLoader(STEMMER).bundled()).value();

    @Test
    void cameoCodesFallIntoTheirPentaClass() {
        assertThat(CameoClass.of("010")).contains(CameoClass.STATEMENT);
        assertThat(CameoClass.of("042")).contains(CameoClass.VERBAL_COOPERATION);
        assertThat(CameoClass.of("0871")).contains(CameoClass.MATERIAL_COOPERATION);
        assertThat(CameoClass.of("138")).contains(CameoClass.VERBAL_CONFLICT);
        assertThat(CameoClass.of("195")).contains(CameoClass.MATERIAL_CONFLICT);
        assertThat(CameoClass.of(null)).isEmpty();
        assertThat(CameoClass.of("21")).isEmpty();
        assertThat(CameoClass.of("x1")).isEmpty();
    }

    @Test
    void writtenModelReadsBackTheSame() {
        double[][] w = new double[5][EventTypeFeatures.SIZE];
        for (int c = 0; c < 5; c++) {
            Arrays.fill(w[c], 0.01 * (c + 1));
        }
        EventTypeModel model = new EventTypeModel(w, new double[] {0.1, -0.2, 0.3, -0.4, 0.5}, "made in a test\nsecond line");
        EventTypeModel back = EventTypeModel.read(model.write());
        assertThat(back.bias()).containsExactly(0.1, -0.2, 0.3, -0.4, 0.5);
        assertThat(back.weights()[4][EventTypeFeatures.SIZE - 1]).isEqualTo(0.05);
        assertThat(back.provenance()).isEqualTo("made in a test\nsecond line");
    }

    @Test
    void malformedOrIncompleteModelsAreRefusedWithTheLine() {
        assertThatThrownBy(() -> EventTypeModel.read("bias\tSTATEMENT\tx\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> EventTypeModel.read("colour\tSTATEMENT\t1\n")).hasMessageContaining("unknown key");
        assertThatThrownBy(() -> EventTypeModel.read("bias\tSTATEMENT\t1\n")).hasMessageContaining("no weight 0 for STATEMENT");
    }

    @Test
    void bundledModelTellsFightingFromTalks() {
        EventTypeClassifier classifier = new EventTypeClassifier(new EventTypeFeatures(new MiniLmEmbedder(), ONTOLOGY, STEMMER),
                EventTypeModel.bundled());
        double[] fight = classifier.probabilities("Rebel gunmen shelled the border town overnight, killing eleven soldiers.").orElseThrow();
        double[] talks = classifier.probabilities("The two foreign ministers held talks in the capital on trade and visas.").orElseThrow();
        assertThat(Arrays.stream(fight).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(argmax(fight)).isEqualTo(CameoClass.MATERIAL_CONFLICT.ordinal());
        assertThat(argmax(talks)).isEqualTo(CameoClass.VERBAL_COOPERATION.ordinal());
        assertThat(classifier.probabilities("  ")).isEmpty();
    }

    @Test
    void cueSharesSumToOneOrFlagNoCue() {
        EventTypeFeatures features = new EventTypeFeatures(text -> java.util.Optional.empty(), ONTOLOGY, STEMMER);
        double[] met = features.cueShares("The envoys met in the port city.");
        assertThat(met[CameoClass.VERBAL_COOPERATION.ordinal()]).isEqualTo(1.0);
        assertThat(met[5]).isZero();
        double[] none = features.cueShares("The weather stayed mild all week.");
        assertThat(none[5]).isEqualTo(1.0);
        assertThat(features.of("The envoys met.")).isEmpty();
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
