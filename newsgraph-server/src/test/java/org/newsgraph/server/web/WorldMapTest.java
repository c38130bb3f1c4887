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
    void everyLineOfThePlacesFileIsWellFormed() throws java.io.IOException {
        try (var in = Gazetteer.class.getResourceAsStream("places.tsv")) {
            var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines).hasSizeGreaterThan(50);
            for (String line : lines) {
                String[] f = line.split("\t");
                assertThat(f.length).as(line).isBetween(3, 4);
                assertThat(Double.parseDouble(f[1])).as(line).isBetween(-90.0, 90.0);
                assertThat(Double.parseDouble(f[2])).as(line).isBetween(-180.0, 180.0);
                assertThat(Gazetteer.get().locate(f[0])).as(line).isPresent();
            }
        }
    }

    @Test
    void gazetteerKnowsCountriesCitiesAndTheirOtherNames() {
        Gazetteer g = Gazetteer.get();
        assertThat(g.locate("Kiev")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Kyiv"));
        assertThat(g.locate("the Hague")).isPresent();
        assertThat(g.locate("Aleppo, Syria")).hasValueSatisfying(p -> assertThat(p.lat()).isEqualTo(36.20));
        assertThat(g.locate("france")).hasValueSatisfying(p -> assertThat(p.lon()).isBetween(-5.0, 10.0));
        assertThat(g.locate("Qzxvland")).isEmpty(); // (Atlantis is a real town in the GeoNames cities)
        assertThat(g.locate(null)).isEmpty();
    }
}
