package org.newsgraph.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The map and the exports place every country and large city the pipeline's gazetteer knows. */
class MapGazetteerTest {
    @Test
    void countriesByTheirCommonEnglishNameAreDrawnAtTheMapsCentreOfThem() {
        Gazetteer.Point us = Gazetteer.get().locate("United States").orElseThrow();
        Gazetteer.Point map = Gazetteer.get().locate("USA").orElseThrow();
        assertThat(us).isEqualTo(map);
        assertThat(Gazetteer.get().locate("the United Kingdom")).isPresent();
    }

    @Test
    void largeCitiesOutsideTheHandTableArePlaced() {
        Gazetteer.Point city = Gazetteer.get().locate("Detroit").orElseThrow();
        assertThat(city.lat()).isBetween(42.0, 42.7);
        assertThat(city.lon()).isBetween(-83.5, -82.5);
        assertThat(Gazetteer.get().locate("Mombasa")).isPresent();
        assertThat(new GazetteerPlaces().locate("Detroit")).isPresent();
    }

    @Test
    void namesThatAreNoPlaceStayUnplaced() {
        assertThat(Gazetteer.get().locate("Crown Prince")).isEmpty();
        assertThat(Gazetteer.get().locate("Qzxv")).isEmpty();
    }
}
