package org.newsgraph.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateClaimsTest {
    @Test
    void aWeekdayAgreesWithTheDayItFallsOn() {
        // 2024-03-10 was a Sunday
        assertThat(DateClaims.agree(List.of("2024-03-10", "Sunday"))).isTrue();
        assertThat(DateClaims.agree(List.of("2024-03-10", "Monday"))).isFalse();
    }

    @Test
    void timesPartsOfDayAndMonthDaysOfTheSameDayAgree() {
        assertThat(DateClaims.agree(List.of("2024-03-10T14:30", "2024-03-10 evening", "XXXX-03-10"))).isTrue();
        assertThat(DateClaims.agree(List.of("2024-03-10", "XXXX-03-11"))).isFalse();
    }

    @Test
    void twoDaysOrTwoWeekdaysDisagree() {
        assertThat(DateClaims.agree(List.of("2024-03-10", "2024-03-11"))).isFalse();
        assertThat(DateClaims.agree(List.of("Sunday", "Monday"))).isFalse();
        assertThat(DateClaims.agree(List.of("2024-03", "2024-03-10"))).isFalse();
    }
}
