package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorKeysTest {
    @Test
    void fullNameAndSurnameOfOnePersonShareAKey() {
        assertThat(ActorKeys.key("person:karl-brandvik")).isEqualTo(ActorKeys.key("person:brandvik"));
    }

    @Test
    void untypedNameAndPersonWithTheSameHeadShareAKey() {
        assertThat(ActorKeys.key("name:nordvolt")).isEqualTo(ActorKeys.key("person:nordvolt"));
    }

    @Test
    void differentSurnamesGiveDifferentKeys() {
        assertThat(ActorKeys.key("person:liina-tamm")).isNotEqualTo(ActorKeys.key("person:janis-ozols"));
    }

    @Test
    void countryAndOrganisationIdsAreKeptAsTheyAre() {
        assertThat(ActorKeys.key("gpe:EST")).isEqualTo("gpe:EST");
        assertThat(ActorKeys.key("org:EST:foreign-ministry")).isEqualTo("org:EST:foreign-ministry");
        assertThat(ActorKeys.key("no-prefix")).isEqualTo("no-prefix");
        assertThat(ActorKeys.key("person:")).isEqualTo("person:");
    }
}
