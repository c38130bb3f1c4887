package db.postgresql;

/** The embedded store's V3 (saved searches), its SQL unchanged. */
public final class V3__saved_searches extends SharedSqlMigration {
    public V3__saved_searches() {
        super("V3__saved_searches.sql");
    }
}
