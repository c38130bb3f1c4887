package db.postgresql;

/** The embedded store's V4 (an alert's webhook), its SQL unchanged. */
public final class V4__alert_webhooks extends SharedSqlMigration {
    public V4__alert_webhooks() {
        super("V4__alert_webhooks.sql");
    }
}
