package db.postgresql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration whose SQL is the embedded store's own file under {@code db/migration}, run unchanged on PostgreSQL:
 * one schema history, one file to edit. Its checksum is the file's, so an edited file is caught as on H2.
 */
abstract class SharedSqlMigration extends BaseJavaMigration {
    private final String resource;

    SharedSqlMigration(String file) {
        this.resource = "db/migration/" + file;
    }

    private String sql() {
        try (InputStream in = SharedSqlMigration.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the migration " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the migration " + resource, e);
        }
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(sql().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute(sql());
        }
    }
}
