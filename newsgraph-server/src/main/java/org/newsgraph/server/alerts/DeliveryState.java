package org.newsgraph.server.alerts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.codec.JsonStateFile;

/**
 * What the webhook dispatcher has delivered, kept in {@code alert-deliveries.json} in the data folder: per alert, the
 * webhook it was delivering to and the ids of the matching events already sent (or, for the events that matched when
 * the webhook was first seen, taken as the baseline). Written atomically (a temporary file moved into place) after
 * each pass; a pass lost before its write is simply done again, so a webhook may see an event twice after a crash,
 * never miss one. Immutable.
 *
 * @param alerts alert name → what was delivered for it
 */
public record DeliveryState(Map<String, Alert> alerts) {
    public static final String FILE = "alert-deliveries.json";
    public static final DeliveryState EMPTY = new DeliveryState(Map.of());

    /** One alert's deliveries: the webhook they went to and the event ids sent or baselined, in id order. */
    public record Alert(String webhook, List<String> delivered) {
        public Alert {
            delivered = List.copyOf(delivered == null ? List.of() : delivered);
        }
    }

    public DeliveryState {
        alerts = Map.copyOf(alerts == null ? Map.of() : alerts);
    }

    /** The state saved in {@code data}, or {@link #EMPTY} when none was saved. */
    public static DeliveryState load(Path data) {
        return JsonStateFile.read(data.resolve(FILE), DeliveryState.class, "delete it to start the webhooks afresh (events matching now will not be sent)").orElse(EMPTY);
    }

    public void save(Path data) {
        JsonStateFile.write(data.resolve(FILE), this);
    }
}
