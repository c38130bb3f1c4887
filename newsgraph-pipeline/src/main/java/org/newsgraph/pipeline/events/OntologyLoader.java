package org.newsgraph.pipeline.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Outcome;

/**
 * Reads event ontology files. The format is JSON:
 *
 * <pre>{@code
 * {"modals": ["will", "would"], "settings": ["summit", "meeting"], "decisions": ["MOBILIZE"],
 *  "types": [
 *   {"type": "COERCE", "intent": {"type": "THREATEN", "cameo": "130"}, "cues": [...]},
 *   {"type": "CONSULT", "description": "meetings and visits",
 *    "cues": [{"cameo": "040", "weight": 0.7, "salience": 1.5, "patterns": ["meet", "hold * =talks"]}]}
 * ]}
 * }</pre>
 *
 * {@code weight} (0..1, default 0.6) is the base confidence of a match; {@code salience} (default 1) scales how
 * strongly a match claims to be the article's main event. A type's {@code intent} says how a future or intended
 * act of that type is coded when one of the {@code modals} stands shortly before its trigger; its {@code opposed},
 * how an act of that type is coded when its source and target belong to two different countries. {@code settings} are
 * nouns naming a gathering and {@code decisions} the types whose acts are the news of a gathering (see
 * {@link EventOntology}). Keys are checked: an unknown key, a type that is not upper
 * case, a CAMEO code that is not 2 to 4 digits, a weight outside 0..1, a salience outside (0, 10] or a malformed
 * pattern makes the whole file a failed outcome naming the place, so that a typo is
 * reported at startup instead of silently ignored. Never throws for bad input. Thread-safe.
 */
public final class OntologyLoader {
    /** The bundled ontology resource. */
    public static final String BUNDLED = "event-ontology.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP_KEYS = Set.of("types", "about", "modals", "settings", "decisions");
    private static final Set<String> TYPE_KEYS = Set.of("type", "description", "cues", "intent", "opposed");
    private static final Set<String> INTENT_KEYS = Set.of("type", "cameo");
    private static final Set<String> CUE_KEYS = Set.of("cameo", "weight", "salience", "patterns", "note");
    private static final double DEFAULT_WEIGHT = 0.6;

    private final EnglishStemmer stemmer;

    public OntologyLoader(EnglishStemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** The ontology bundled with Newsgraph. */
    public Outcome<EventOntology> bundled() {
        try (InputStream in = OntologyLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return Outcome.failed("missing-ontology", "the bundled ontology is not on the class path", BUNDLED);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            return Outcome.failed("unreadable-ontology", "cannot read: " + e.getMessage(), BUNDLED);
        }
    }

    /** The bundled ontology extended by a user file (see {@link EventOntology#extendedBy}). */
    public Outcome<EventOntology> bundledWith(Path userFile) {
        Outcome<EventOntology> base = bundled();
        if (base instanceof Outcome.Failed<EventOntology>) {
            return base;
        }
        Outcome<EventOntology> user = readFile(userFile);
        if (user instanceof Outcome.Failed<EventOntology>) {
            return user;
        }
        return Outcome.ok(((Outcome.Ok<EventOntology>) base).value().extendedBy(((Outcome.Ok<EventOntology>) user).value()));
    }

    /** Reads one ontology file. */
    public Outcome<EventOntology> readFile(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException | RuntimeException e) {
            return Outcome.failed("unreadable-ontology", "cannot read the ontology file: " + e.getMessage(), file.toString());
        }
    }

    /** Reads ontology JSON; {@code location} names the source in problems. */
    public Outcome<EventOntology> read(String json, String location) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            return Outcome.failed("malformed-ontology", "not valid JSON: " + (why == null ? "parse error" : why), location);
        }
        if (root == null || !root.isObject()) {
            return Outcome.failed("malformed-ontology", "the ontology must be a JSON object with a 'types' list", location);
        }
        String unknown = unknownKey(root, TOP_KEYS);
        if (unknown != null) {
            return Outcome.failed("unknown-key", "unknown key '" + unknown + "' (allowed: " + TOP_KEYS + ")", location);
        }
        JsonNode types = root.get("types");
        if (types == null || !types.isArray()) {
            return Outcome.failed("malformed-ontology", "'types' must be a list", location);
        }
        Set<String> modals = new HashSet<>();
        JsonNode modalList = root.get("modals");
        if (modalList != null) {
            if (!modalList.isArray()) {
                return Outcome.failed("malformed-ontology", "'modals' must be a list of words", location);
            }
            for (JsonNode m : modalList) {
                if (!m.isTextual() || !m.asText().matches("[\\p{Ll}']+")) {
                    return Outcome.failed("bad-modal", "a modal must be one lower-case word, not " + m, location);
                }
                modals.add(m.asText());
            }
        }
        Set<String> settings = new HashSet<>();
        Set<String> decisions = new HashSet<>();
        String badList = words(root.get("settings"), "[\\p{Ll}-]+", settings);
        if (badList != null) {
            return Outcome.failed("bad-setting", "'settings' must be a list of lower-case nouns, not " + badList, location);
        }
        badList = words(root.get("decisions"), "[A-Z][A-Z_]*", decisions);
        if (badList != null) {
            return Outcome.failed("bad-decision", "'decisions' must be a list of upper-case type names, not " + badList, location);
        }
        Map<String, EventOntology.Intent> intents = new HashMap<>();
        Map<String, EventOntology.Intent> opposed = new HashMap<>();
        List<EventCue> cues = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            String where = location + ": types[" + t + "]";
            JsonNode type = types.get(t);
            if (!type.isObject()) {
                return Outcome.failed("malformed-ontology", "a type entry must be an object", where);
            }
            unknown = unknownKey(type, TYPE_KEYS);
            if (unknown != null) {
                return Outcome.failed("unknown-key", "unknown key '" + unknown + "' (allowed: " + TYPE_KEYS + ")", where);
            }
            String name = type.path("type").asText("");
            if (!name.matches("[A-Z][A-Z_]*")) {
                return Outcome.failed("bad-type", "'type' must be an upper-case name such as CONSULT, not '" + name + "'", where);
            }
            for (String key : List.of("intent", "opposed")) {
                JsonNode intent = type.get(key);
                if (intent == null) {
                    continue;
                }
                if (!intent.isObject() || unknownKey(intent, INTENT_KEYS) != null) {
                    return Outcome.failed("unknown-key", "'" + key + "' takes only " + INTENT_KEYS, where);
                }
                String intentType = intent.path("type").asText("");
                String intentCameo = intent.path("cameo").isTextual() ? intent.get("cameo").asText() : null;
                if (!intentType.matches("[A-Z][A-Z_]*") || intentCameo != null && !intentCameo.matches("\\d{2,4}")) {
                    return Outcome.failed("bad-" + key, "'" + key + "' needs an upper-case 'type' and an optional CAMEO code", where);
                }
                (key.equals("intent") ? intents : opposed).put(name, new EventOntology.Intent(intentType, intentCameo));
            }
            JsonNode entries = type.get("cues");
            if (entries == null || !entries.isArray() || entries.isEmpty()) {
                return Outcome.failed("malformed-ontology", "type " + name + " needs a non-empty 'cues' list", where);
            }
            for (int c = 0; c < entries.size(); c++) {
                String cueWhere = where + ".cues[" + c + "]";
                Outcome<List<EventCue>> read = readCue(name, entries.get(c), cueWhere, location);
                if (read instanceof Outcome.Failed<List<EventCue>> failed) {
                    return new Outcome.Failed<>(failed.problem());
                }
                cues.addAll(((Outcome.Ok<List<EventCue>>) read).value());
            }
        }
        return Outcome.ok(new EventOntology(cues, intents, modals, settings, decisions, opposed));
    }

    /** Adds the words of an optional list to {@code into}; the offending node when it is not a list of such words. */
    private static String words(JsonNode list, String shape, Set<String> into) {
        if (list == null) {
            return null;
        }
        if (!list.isArray()) {
            return list.toString();
        }
        for (JsonNode w : list) {
            if (!w.isTextual() || !w.asText().matches(shape)) {
                return w.toString();
            }
            into.add(w.asText());
        }
        return null;
    }

    private Outcome<List<EventCue>> readCue(String type, JsonNode cue, String where, String origin) {
        if (!cue.isObject()) {
            return Outcome.failed("malformed-ontology", "a cue entry must be an object", where);
        }
        String unknown = unknownKey(cue, CUE_KEYS);
        if (unknown != null) {
            return Outcome.failed("unknown-key", "unknown key '" + unknown + "' (allowed: " + CUE_KEYS + ")", where);
        }
        String cameo = null;
        JsonNode cameoNode = cue.get("cameo");
        if (cameoNode != null && !cameoNode.isNull()) {
            cameo = cameoNode.asText();
            if (!cameoNode.isTextual() || !cameo.matches("\\d{2,4}")) {
                return Outcome.failed("bad-cameo", "'cameo' must be a string of 2 to 4 digits, not " + cameoNode, where);
            }
        }
        double weight = DEFAULT_WEIGHT;
        JsonNode weightNode = cue.get("weight");
        if (weightNode != null) {
            if (!weightNode.isNumber() || weightNode.asDouble() < 0 || weightNode.asDouble() > 1) {
                return Outcome.failed("bad-weight", "'weight' must be a number within 0..1, not " + weightNode, where);
            }
            weight = weightNode.asDouble();
        }
        double salience = 1.0;
        JsonNode salienceNode = cue.get("salience");
        if (salienceNode != null) {
            if (!salienceNode.isNumber() || salienceNode.asDouble() <= 0 || salienceNode.asDouble() > 10) {
                return Outcome.failed("bad-salience", "'salience' must be a number within (0, 10], not " + salienceNode, where);
            }
            salience = salienceNode.asDouble();
        }
        JsonNode patterns = cue.get("patterns");
        if (patterns == null || !patterns.isArray() || patterns.isEmpty()) {
            return Outcome.failed("malformed-ontology", "a cue needs a non-empty 'patterns' list", where);
        }
        List<EventCue> out = new ArrayList<>();
        for (JsonNode p : patterns) {
            if (!p.isTextual()) {
                return Outcome.failed("bad-pattern", "a pattern must be a string, not " + p, where);
            }
            Outcome<CuePattern> parsed = CuePattern.parse(p.asText(), where, stemmer);
            if (parsed instanceof Outcome.Failed<CuePattern> failed) {
                return new Outcome.Failed<>(failed.problem());
            }
            out.add(new EventCue(type, cameo, ((Outcome.Ok<CuePattern>) parsed).value(), weight, salience, origin));
        }
        return Outcome.ok(out);
    }

    private static String unknownKey(JsonNode node, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                return name;
            }
        }
        return null;
    }
}
