package org.newsgraph.eval.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Outcome;

/** Reads {@code gold.json}. Unknown fields are ignored (the schema allows extras); a malformed file is a Problem. */
public final class GoldLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldLoader() {
    }

    public static Outcome<GoldSet> load(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            return Outcome.failed("bad-gold", "cannot read gold file: " + e.getMessage(), file.toString());
        }
        if (root == null || !root.isObject() || !root.path("articles").isArray()) {
            return Outcome.failed("bad-gold", "gold.json must be an object with an \"articles\" array", file.toString());
        }
        try {
            List<GoldArticle> articles = new ArrayList<>();
            for (JsonNode a : root.path("articles")) {
                articles.add(new GoldArticle(text(a, "id"), text(a, "url"), text(a, "outlet"), date(a, "published"),
                        text(a, "event"), text(a, "near_duplicate_of"), a.has("title"), text(a, "title"),
                        a.has("boilerplate") ? strings(a.path("boilerplate")) : null));
            }
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) {
                JsonNode resolvable = e.get("date_resolvable");
                events.add(new GoldEvent(text(e, "id"), date(e, "date"), resolvable == null || resolvable.asBoolean(true),
                        text(e, "location"), text(e, "type"), text(e, "cameo"), strings(e.path("actors")), text(e, "story")));
            }
            List<GoldStory> stories = new ArrayList<>();
            for (JsonNode s : root.path("stories")) {
                stories.add(new GoldStory(text(s, "id"), strings(s.path("events"))));
            }
            List<GoldEntity> entities = new ArrayList<>();
            for (JsonNode e : root.path("entities")) {
                entities.add(new GoldEntity(text(e, "canonical"), text(e, "type"), strings(e.path("aliases")), strings(e.path("articles"))));
            }
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : root.path("quotes")) {
                quotes.add(new GoldQuote(text(q, "article"), text(q, "text"), text(q, "speaker")));
            }
            return Outcome.ok(new GoldSet(articles, events, stories, entities, quotes));
        } catch (DateTimeParseException e) {
            return Outcome.failed("bad-gold", "a date is not YYYY-MM-DD: " + e.getParsedString(), file.toString());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> {
                if (!n.isNull()) {
                    out.add(n.asText());
                }
            });
        }
        return out;
    }
}
