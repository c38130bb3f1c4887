package org.newsgraph.store.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Every migration of the embedded store has a PostgreSQL counterpart with the same version and description, so one
 * schema history describes both (an embedded V4 without a PostgreSQL V4 fails here).
 */
class MigrationParityTest {
    private static List<String> versions(String location) {
        Flyway flyway = Flyway.configure().locations(location)
                .dataSource("jdbc:h2:mem:parity" + location.hashCode() + ";DB_CLOSE_DELAY=-1", "sa", "").load();
        return Arrays.stream(flyway.info().all()).map(m -> m.getVersion() + " " + m.getDescription()).toList();
    }

    @Test
    void postgresqlHasEveryEmbeddedMigration() {
        List<String> embedded = versions("classpath:db/migration");
        assertThat(embedded).isNotEmpty();
        assertThat(versions("classpath:db/postgresql")).containsExactlyElementsOf(embedded);
    }
}
