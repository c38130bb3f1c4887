package org.newsgraph.eval.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Outcome;

/**
 * Reads the PLOVER gold-standard records as JSON lines ({@code id, event, text, source[], target[]} with actors
 * {@code {actorText, code}}). Blank lines and {@code DOCUMENT} records (file documentation) are skipped.
 *
 * <p>Stateless and thread-safe. A line that is not a JSON object, or an event record without {@code id},
 * {@code event} or {@code text}, is a failed outcome naming {@code location:line}, never an exception.
 */
public final class PloverReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Up to {@code limit} event records. */
    public Outcome<List<PloverRecord>> read(String jsonl, String location, int limit) {
        List<PloverRecord> out = new ArrayList<>();
        String[] lines = jsonl.split("\r?\n");
        for (int i = 0; i < lines.length && out.size() < limit; i++) {
            String where = location + ":" + (i + 1);
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                return Outcome.failed("malformed-json", "not JSON: " + e.getOriginalMessage(), where);
            }
            if (node == null || !node.isObject()) {
                return Outcome.failed("malformed-json", "a record must be a JSON object", where);
            }
            String event = node.path("event").asText("");
            if (event.equals("DOCUMENT")) {
                continue;
            }
            String id = node.path("id").asText("");
            String text = node.path("text").asText("");
            if (id.isBlank() || event.isBlank() || text.isBlank()) {
                return Outcome.failed("missing-field", "an event record needs id, event and text", where);
            }
            out.add(new PloverRecord(id, text, event, actors(node.path("source")), actors(node.path("target"))));
        }
        return Outcome.ok(out);
    }

    private static List<PloverRecord.Actor> actors(JsonNode list) {
        List<PloverRecord.Actor> out = new ArrayList<>();
        if (list.isArray()) {
            for (JsonNode a : list) {
                if (a.isObject()) {
                    out.add(new PloverRecord.Actor(a.path("actorText").asText(""), a.path("code").asText("")));
                }
            }
        }
        return out;
    }

}
