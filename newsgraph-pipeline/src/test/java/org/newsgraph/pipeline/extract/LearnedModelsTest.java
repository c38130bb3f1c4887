package org.newsgraph.pipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Removed;

class LearnedModelsTest {
    private static final String TEXT = """
            Council approves new footbridge plan

            The village council approved a plan on Tuesday to repair the old footbridge over the river before winter.

            Share this

            "We have waited long enough for this bridge," said the mayor, who chaired the two-hour meeting.

            Work is expected to start in October and to take about six weeks, the council said in a statement.

            3 min read
            """;

    /** A model that calls every short line boilerplate. */
    private static LinearModel shortLinesAreBoilerplate() {
        return LinearModel.read(LineFeatures.NAMES, LineFeatures.BUCKETS,
                List.of(new String[] {"threshold", "0.5"}, new String[] {"dense", "bias", "-3"}, new String[] {"dense", "short", "6"}));
    }

    @Test
    void linesTheModelScoresHighAreRemovedButTheHeadlineAndQuotesStay() {
        Draft draft = new BoilerplateRemover(List.of(new LearnedLineRule(shortLinesAreBoilerplate()))).clean(TEXT, List.of());
        List<String> kept = draft.kept().stream().map(Line::text).toList();
        assertThat(kept).contains("Council approves new footbridge plan")
                .doesNotContain("Share this", "3 min read")
                .anyMatch(l -> l.startsWith("\"We have waited"));
        assertThat(draft.removed()).extracting(Removed::reason).contains("learned-boilerplate");
    }

    @Test
    void theBundledLineModelKeepsEveryQuoteOfAnInventedArticle() {
        Draft draft = new BoilerplateRemover(List.of(new LearnedLineRule(LinearModel.lines()))).clean(TEXT, List.of());
        assertThat(draft.kept().stream().map(Line::text).toList()).anyMatch(l -> l.startsWith("\"We have waited"));
    }

    @Test
    void aModelTableNamingAnUnknownFeatureIsRejected() {
        assertThatThrownBy(() -> LinearModel.read(BlockFeatures.NAMES, BlockFeatures.BUCKETS, List.<String[]>of(new String[] {"dense", "colour", "1"})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    }

    @Test
    void theBundledModelsLoadAndRoundTrip() {
        LinearModel blocks = LinearModel.blocks();
        LinearModel again = LinearModel.read(BlockFeatures.NAMES, BlockFeatures.BUCKETS,
                blocks.rows().stream().map(r -> r.split("\\t")).toList());
        assertThat(again.threshold()).isEqualTo(blocks.threshold());
        assertThat(again.dense()).containsExactly(blocks.dense(), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(LinearModel.lines().names()).isEqualTo(LineFeatures.NAMES);
    }
}
