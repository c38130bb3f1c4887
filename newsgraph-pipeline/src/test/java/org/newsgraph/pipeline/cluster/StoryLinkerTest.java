package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryLinkerTest {
    private static final List<StoryLinker.EventActors> EVENTS = List.of(
            new StoryLinker.EventActors("ev-3", List.of("brandvik", "norway", "tamm")),
            new StoryLinker.EventActors("ev-1", List.of("brandvik", "norway", "ozols")),
            new StoryLinker.EventActors("ev-7", List.of("porto", "council")),
            new StoryLinker.EventActors("ev-5", List.of("ozols", "latvia")));

    @Test
    void eventsSharingTwoMainActorsFormOneStoryNamedAfterItsSmallestEvent() {
        Map<String, String> stories = new StoryLinker(2).link(EVENTS);
        assertThat(stories).containsEntry("ev-1", "st-ev-1").containsEntry("ev-3", "st-ev-1")
                .containsEntry("ev-5", "st-ev-5").containsEntry("ev-7", "st-ev-7");
    }

    @Test
    void storiesDoNotDependOnTheOrderOfEvents() {
        Map<String, String> reference = new StoryLinker(2).link(EVENTS);
        List<StoryLinker.EventActors> shuffled = new ArrayList<>(EVENTS);
        Random random = new Random(3);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(shuffled, random);
            assertThat(new StoryLinker(2).link(shuffled)).isEqualTo(reference);
        }
    }
}
