package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Event;
import org.newsgraph.model.TimeValue;
import org.newsgraph.store.server.PostgresStore;
import org.newsgraph.store.server.ServerStoreSettings;
import org.newsgraph.store.server.local.LocalPostgres;

/** {@code newsgraph events --store FILE} reads the events of a real PostgreSQL server store. */
class ServerStoreEventsIT {
    @TempDir
    Path dir;

    @Test
    void eventsAreListedFromTheServerStoreChosenByItsSettingsFile() throws Exception {
        try (LocalPostgres pg = LocalPostgres.start()) {
            ServerStoreSettings db = pg.createDatabase("cli_events");
            try (PostgresStore store = PostgresStore.open(db)) {
                store.replaceEvents(List.of(new Event("ev-dock", List.of("a1", "a2"), new TimeValue.Day(LocalDate.of(2025, 3, 7)),
                        "Sallow", "STRIKE", List.of("Dock workers"), "Dock workers strike in Sallow", List.of("Valley Post", "Northern Ledger"),
                        2, "st-dock")));
            }
            Path settings = dir.resolve("store.toml");
            Files.writeString(settings, "postgresql_url = \"" + db.jdbcUrl() + "\"\nuser = \"" + db.user() + "\"\n");
            CliRunner r = CliRunner.run("events", "--store", settings.toString());
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).contains("Dock workers strike in Sallow", "Sallow");

            Files.writeString(settings, "postgresql_url = \"" + db.jdbcUrl() + "\"\nuser = \"x\"\nhost = \"y\"\n");
            CliRunner bad = CliRunner.run("events", "--store", settings.toString());
            assertThat(bad.status()).isEqualTo(ExitCodes.USAGE);
            assertThat(bad.err()).contains("line 3: unknown key 'host'");
        }
    }
}
