package org.newsgraph.flink;

import java.util.Objects;
import org.newsgraph.store.server.ServerStoreSettings;

/**
 * What the job reads, where it writes and how it runs, bound once from its arguments ({@link NewsgraphJob#main}).
 *
 * @param kafka                bootstrap servers, {@code host:port[,host:port…]}
 * @param topic                the topic of raw JSON-lines documents
 * @param group                the consumer group (offsets are also in the job's checkpoints)
 * @param store                the PostgreSQL store
 * @param parallelism          tasks for the stateless stages (source and stateful stages run on one task)
 * @param bounded              stop at the offsets that are latest when the job starts (a batch, and the benchmark)
 * @param checkpointMillis     time between checkpoints
 * @param eventsEvery          rebuild the stored events after this many new articles
 * @param eventsIntervalMillis and at least this often while new articles arrive
 */
public record JobSettings(String kafka, String topic, String group, ServerStoreSettings store, int parallelism, boolean bounded,
                          long checkpointMillis, int eventsEvery, long eventsIntervalMillis) {
    public JobSettings {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(store, "store");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        if (checkpointMillis < 10) {
            throw new IllegalArgumentException("checkpoint interval must be at least 10 ms");
        }
    }
}
