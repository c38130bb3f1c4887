package org.newsgraph.pipeline.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.bundled();

    @Test
    void countriesByEnglishNameAndCodeWithTheirCapital() {
        Place us = G.locate("the United States").orElseThrow();
        assertThat(us.kind()).isEqualTo(Place.Kind.COUNTRY);
        assertThat(us.country()).isEqualTo("US");
        assertThat(us.countryIso3()).isEqualTo("USA");
        assertThat(G.country("FRA")).map(Place::name).contains("France");
        assertThat(G.locate("France").orElseThrow().lat()).isBetween(48.0, 49.5);
    }

    @Test
    void largeCitiesWithCoordinatesAndCountry() {
        Place city = G.locate("Nairobi").orElseThrow();
        assertThat(city.kind()).isEqualTo(Place.Kind.CITY);
        assertThat(city.country()).isEqualTo("KE");
        assertThat(city.countryName()).isEqualTo("Kenya");
        assertThat(city.lat()).isBetween(-1.5, -1.0);
        assertThat(G.locate("sao paulo")).map(Place::country).contains("BR");
    }

    @Test
    void sharedNamesGoToTheArticlesCountryElseTheMostPopulous() {
        assertThat(G.locate("Paris")).map(Place::country).contains("FR");
        assertThat(G.locate("Paris", List.of("United States"))).map(Place::country).contains("US");
        assertThat(G.locate("Paris", List.of("US"))).map(Place::country).contains("US");
        assertThat(G.locate("Paris, United States")).map(Place::country).contains("US");
    }

    @Test
    void unknownAndBlankNamesAreNotPlaces() {
        assertThat(G.locate("Crown Prince")).isEmpty();
        assertThat(G.locate("  ")).isEmpty();
        assertThat(G.locate(null)).isEmpty();
        assertThat(G.knows("Zorblax Minor")).isFalse();
    }
}
