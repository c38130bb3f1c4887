package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorldMapTest {
    @Test
    void outlinesOfTheWorldAreDecodedFromTheWebJar() {
        assertThat(WorldMap.get().countries()).hasSizeGreaterThan(150);
        WorldMap.Country iran = WorldMap.get().country("IRN").orElseThrow();
        assertThat(iran.name()).isEqualTo("Iran");
        assertThat(iran.lon()).isBetween(44.0, 63.0);
        assertThat(iran.lat()).isBetween(25.0, 40.0);
        assertThat(iran.path()).startsWith("M");
    }

    @Test
    void gazetteerKnowsCountriesCitiesAndTheirOtherNames() {
        Gazetteer g = Gazetteer.get();
        assertThat(g.locate("Kiev")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Kyiv"));
        assertThat(g.locate("the Hague")).isPresent();
        assertThat(g.locate("Aleppo, Syria")).hasValueSatisfying(p -> assertThat(p.lat()).isEqualTo(36.20));
        assertThat(g.locate("france")).hasValueSatisfying(p -> assertThat(p.lon()).isBetween(-5.0, 10.0));
        assertThat(g.locate("Atlantis")).isEmpty();
        assertThat(g.locate(null)).isEmpty();
    }
}
