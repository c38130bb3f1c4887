package org.newsgraph.pipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyndicationGroupsTest {
    @Test
    void copiesOfCopiesShareOneGroupNamedAfterTheSmallestId() {
        SyndicationGroups groups = new SyndicationGroups();
        groups.add("w2", DuplicateVerdict.ORIGINAL);
        groups.add("c9", new DuplicateVerdict(DuplicateVerdict.Kind.NEAR, "w2", 0.8));
        groups.add("a1", new DuplicateVerdict(DuplicateVerdict.Kind.PARTIAL, "c9", 0.5));
        groups.add("x5", DuplicateVerdict.ORIGINAL);
        assertThat(groups.groupOf("w2")).isEqualTo("sy-a1");
        assertThat(groups.groupOf("c9")).isEqualTo("sy-a1");
        assertThat(groups.groupOf("a1")).isEqualTo("sy-a1");
        assertThat(groups.groupOf("x5")).isEqualTo("sy-x5");
        assertThat(groups.groupOf("never-seen")).isEqualTo("sy-never-seen");
    }
}
