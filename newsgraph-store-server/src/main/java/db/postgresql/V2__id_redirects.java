package db.postgresql;

/** The embedded store's V2 (event and story id redirects), its SQL unchanged. */
public final class V2__id_redirects extends SharedSqlMigration {
    public V2__id_redirects() {
        super("V2__id_redirects.sql");
    }
}
