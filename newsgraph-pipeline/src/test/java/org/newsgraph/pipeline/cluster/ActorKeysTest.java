package org.newsgraph.pipeline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

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

    @Test
    void zhAndJRomanisationsOfOneSurnameShareAKey() {
        Entity zh = new Entity("person:arman-zhumabekov", "Arman Zhumabekov", EntityType.PERSON, List.of(), null, List.of());
        Entity j = new Entity("person:jumabekov", "Jumabekov", EntityType.PERSON, List.of(), null, List.of());
        assertThat(ActorKeys.key(zh)).isEqualTo(ActorKeys.key(j));
    }

    @Test
    void organisationEntityKeepsItsId() {
        Entity org = new Entity("org:ecowas", "ECOWAS", EntityType.ORG, List.of(), null, List.of());
        assertThat(ActorKeys.key(org)).isEqualTo("org:ecowas");
    }
}
