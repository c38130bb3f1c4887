package org.newsgraph.pipeline.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Format;
import org.newsgraph.model.Outcome;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.SourceHints;
import org.newsgraph.pipeline.extract.NewsExtractor;

/**
 * Measures {@link PatternEventCoder} on the gold sets: the seeds/devset/examples event gold (with the
 * {@link BenchmarkAnnotator} stand-in language layer built from the gold entity aliases and the gold publication
 * dates), the PLOVER gold-standard records (capitalised spans as actors) and the PETRARCH2 unit-test records
 * (CAMEO codes). Prints figures; asserts nothing. Run by hand from {@code newsgraph-pipeline/} after
 * {@code mvn -o -pl newsgraph-pipeline -am test-compile} and
 * {@code mvn -o -pl newsgraph-pipeline dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:../newsgraph-model/target/classes:$(cat cp.txt)
 * org.newsgraph.pipeline.events.EventCodingBenchmark ../../shared/data ../examples [verbose]}.
 */
public final class EventCodingBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EnglishStemmer STEMMER = EnglishStemmer.standard();
    private static final PatternEventCoder CODER = new PatternEventCoder(
            ((Outcome.Ok<EventOntology>) new OntologyLoader(STEMMER).bundled()).value(), STEMMER);
    /** Old PLOVER (0.5) category names in the gold-standard records, and their 2021 equivalents. */
    private static final Map<String, String> PLOVER_2021 = Map.of("FIGHT", "ASSAULT", "DEMAND", "REQUEST",
            "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "ATTACK", "ASSAULT");
    private static final List<AnnotatedArticle> CODED = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Map<String, String> cameo2plover = cameoToPlover(shared.resolve("plover/CAMEO2PLOVER-2021.txt"));
        boolean verbose = args.length > 2;
        goldSet("seeds", shared.resolve("seeds"), cameo2plover, verbose);
        goldSet("devset", shared.resolve("devset"), cameo2plover, verbose);
        if (args.length > 1) {
            goldSet("examples", Path.of(args[1]), cameo2plover, verbose);
        }
        plover(shared.resolve("plover/plover_gsr_cameo.jsonl"), verbose);
        petrarch(shared.resolve("petrarch2/validation/PETR.UnitTest.records.xml"), verbose);
        speed();
    }

    private static List<EventMention> timedCode(AnnotatedArticle a) {
        CODED.add(a);
        return CODER.code(a);
    }

    /** Codes everything again, five times, after the measurement passes have warmed the JIT; reports the last pass. */
    private static void speed() {
        long sentences = CODED.stream().mapToLong(a -> a.sentences().size()).sum();
        long nanos = 0;
        int events = 0;
        for (int pass = 0; pass < 5; pass++) {
            long t0 = System.nanoTime();
            for (AnnotatedArticle a : CODED) {
                events += CODER.code(a).size();
            }
            nanos = System.nanoTime() - t0;
        }
        System.out.printf(Locale.ROOT, "speed: %d sentences (%d articles) in %.1f ms = %.0f sentences/s, one thread, coder only (%d mentions)%n",
                sentences, CODED.size(), nanos / 1e6, sentences / (nanos / 1e9), events / 5);
    }

    // ---------------------------------------------------------------- seeds / devset / examples

    private static void goldSet(String name, Path dir, Map<String, String> cameo2plover, boolean verbose) throws IOException {
        JsonNode gold = JSON.readTree(dir.resolve("gold.json").toFile());
        Map<String, String> files = new HashMap<>();
        Path jsonl = dir.resolve("articles.jsonl");
        if (Files.exists(jsonl)) {
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    files.put(n.get("id").asText(), n.get("file").asText());
                }
            }
        }
        List<BenchmarkAnnotator.Named> named = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            List<String> surfaces = new ArrayList<>();
            e.get("aliases").forEach(a -> surfaces.add(a.asText()));
            named.add(new BenchmarkAnnotator.Named(e.get("canonical").asText(),
                    BenchmarkAnnotator.typeNames().getOrDefault(e.get("type").asText(), EntityType.MISC), surfaces));
        }
        Map<String, JsonNode> events = new LinkedHashMap<>();
        gold.get("events").forEach(e -> events.put(e.get("id").asText(), e));
        Map<String, List<EventMention>> coded = new HashMap<>();
        Map<String, String> eventOf = new HashMap<>();
        int typeOk = 0;
        int typed = 0;
        int cameoOk = 0;
        int cameoGold = 0;
        for (JsonNode a : gold.get("articles")) {
            String id = a.get("id").asText();
            String file = files.getOrDefault(id, "articles/" + id + ".txt");
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            LocalDate published = a.path("published").isTextual() ? LocalDate.parse(a.get("published").asText()) : null;
            String url = a.path("url").isTextual() ? a.get("url").asText() : null;
            RawDocument raw = new RawDocument(file, bytes, file.endsWith(".html") ? Format.HTML : Format.TEXT, "UTF-8",
                    new SourceHints(id, url, null, published, null));
            Outcome<Article> extracted = new NewsExtractor().extract(raw);
            if (!(extracted instanceof Outcome.Ok<Article> ok)) {
                System.out.println(name + " " + id + ": extraction failed: " + extracted);
                continue;
            }
            AnnotatedArticle annotated = BenchmarkAnnotator.annotate(ok.value(), named, published);
            List<EventMention> mentions = timedCode(annotated);
            coded.put(id, mentions);
            String eventId = a.path("event").asText(null);
            if (eventId == null || !events.containsKey(eventId)) {
                continue;
            }
            eventOf.put(id, eventId);
            JsonNode ev = events.get(eventId);
            String expected = expectedType(ev, cameo2plover);
            EventMention main = mentions.stream().filter(EventMention::main).findFirst().orElse(null);
            typed++;
            if (main != null && main.type().equals(expected)) {
                typeOk++;
            }
            String goldCameo = ev.path("cameo").isTextual() ? ev.get("cameo").asText() : null;
            if (goldCameo != null) {
                cameoGold++;
                if (main != null && goldCameo.equals(main.cameo())) {
                    cameoOk++;
                }
            }
            if (verbose) {
                String text = annotated.article().text();
                System.out.printf(Locale.ROOT, "  %s %s gold=%s/%s main=%s%n", id, eventId, expected, goldCameo,
                        main == null ? "-" : main.type() + "/" + main.cameo() + " '" + main.trigger().of(text) + "' src=" + main.sourceId()
                                + " tgt=" + main.targetId() + " date=" + (main.date() == null ? null : main.date().render()) + " place=" + main.place());
            }
        }
        // per event: actors, dates, places
        int actorsFound = 0;
        int actorsAll = 0;
        int actorsFoundAny = 0;
        int dated = 0;
        int dateOk = 0;
        int invented = 0;
        int located = 0;
        int placeOk = 0;
        for (JsonNode ev : events.values()) {
            String eid = ev.get("id").asText();
            List<String> arts = eventOf.entrySet().stream().filter(e -> e.getValue().equals(eid)).map(Map.Entry::getKey).sorted().toList();
            if (arts.isEmpty()) {
                continue;
            }
            List<EventMention> mains = arts.stream().flatMap(id -> coded.getOrDefault(id, List.of()).stream()).filter(EventMention::main).toList();
            String expected = expectedType(ev, cameo2plover);
            Set<String> actorsMain = new HashSet<>();
            Set<String> actorsType = new HashSet<>();
            for (String id : arts) {
                for (EventMention m : coded.getOrDefault(id, List.of())) {
                    Set<String> target = m.main() ? actorsMain : null;
                    for (String actor : new String[] {m.sourceId(), m.targetId()}) {
                        if (actor == null) {
                            continue;
                        }
                        if (target != null) {
                            target.add(actor);
                        }
                        if (m.main() || m.type().equals(expected)) {
                            actorsType.add(actor);
                        }
                    }
                }
            }
            for (JsonNode actor : ev.get("actors")) {
                actorsAll++;
                actorsFound += actorsMain.contains(actor.asText()) ? 1 : 0;
                actorsFoundAny += actorsType.contains(actor.asText()) ? 1 : 0;
            }
            String systemDay = majority(mains.stream().map(m -> m.date() == null ? null : m.date().day().map(LocalDate::toString).orElse(null)).toList());
            boolean resolvable = ev.path("date").isTextual() && ev.path("date_resolvable").asBoolean(true);
            if (resolvable) {
                dated++;
                dateOk += ev.get("date").asText().equals(systemDay) ? 1 : 0;
            } else if (systemDay != null && !systemDay.equals(ev.path("date").asText(null))) {
                invented++;
            }
            if (ev.path("location").isTextual()) {
                located++;
                String place = majority(mains.stream().map(EventMention::place).toList());
                placeOk += placeMatches(place, ev.get("location").asText()) ? 1 : 0;
            }
            if (verbose) {
                System.out.printf(Locale.ROOT, "  %s gold actors=%s found(main)=%s found(main+type)=%s date=%s/%s place=%s/%s%n", eid,
                        ev.get("actors"), actorsMain, actorsType, ev.path("date").asText(null), systemDay,
                        ev.path("location").asText(null), majority(mains.stream().map(EventMention::place).toList()));
            }
        }
        System.out.printf(Locale.ROOT, "%s: articles=%d type_accuracy=%.3f (%d/%d) cameo_exact=%.3f (%d/%d) "
                        + "actor_recall_main=%.3f (%d/%d) actor_recall_main+same_type=%.3f (%d/%d) "
                        + "date_accuracy=%.3f (%d/%d) invented_dates=%d location_accuracy=%.3f (%d/%d)%n",
                name, typed, ratio(typeOk, typed), typeOk, typed, ratio(cameoOk, cameoGold), cameoOk, cameoGold,
                ratio(actorsFound, actorsAll), actorsFound, actorsAll, ratio(actorsFoundAny, actorsAll), actorsFoundAny, actorsAll,
                ratio(dateOk, dated), dateOk, dated, invented, ratio(placeOk, located), placeOk, located);
    }

    private static String expectedType(JsonNode ev, Map<String, String> cameo2plover) {
        String cameo = ev.path("cameo").isTextual() ? ev.get("cameo").asText() : null;
        if (cameo != null && cameo2plover.containsKey(cameo)) {
            return cameo2plover.get(cameo);
        }
        String type = ev.get("type").asText();
        return PLOVER_2021.getOrDefault(type, type);
    }

    /** Lenient place match: one names the other, ignoring case (gold "Nusa Dua, Bali, Indonesia" vs "Bali"). */
    private static boolean placeMatches(String system, String gold) {
        if (system == null) {
            return false;
        }
        String s = system.toLowerCase(Locale.ROOT);
        String g = gold.toLowerCase(Locale.ROOT);
        if (g.contains(s) || s.contains(g)) {
            return true;
        }
        for (String part : g.split("[,;()]")) {
            if (!part.isBlank() && s.contains(part.strip())) {
                return true;
            }
        }
        return false;
    }

    private static String majority(Collection<String> values) {
        return values.stream().filter(v -> v != null).collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static Map<String, String> cameoToPlover(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)").matcher(line);
            if (m.find()) {
                map.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return map;
    }

    // ---------------------------------------------------------------- PLOVER gold-standard records

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:of\\s+|the\\s+|for\\s+|and\\s+)?\\p{Lu}[\\p{L}.'’-]*)*");
    private static final Set<String> NOT_ACTOR = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "However", "It", "He",
            "She", "They", "We", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    private static AnnotatedArticle capitalisedActors(String id, String text) {
        Article article = new Article(id, id, null, text, text, null, List.of(), id);
        List<BenchmarkAnnotator.Named> named = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String span = m.group().replaceAll("[.,]+$", "");
            for (String stop : NOT_ACTOR) {
                if (span.startsWith(stop + " ")) {
                    span = span.substring(stop.length() + 1);
                }
            }
            if (span.length() > 1 && !NOT_ACTOR.contains(span) && seen.add(span)) {
                named.add(new BenchmarkAnnotator.Named(span, EntityType.GPE, List.of(span)));
            }
        }
        return BenchmarkAnnotator.annotate(article, named, null);
    }

    private static void plover(Path file, boolean verbose) throws IOException {
        int n = 0;
        int typeOk = 0;
        int typeOkRaw = 0;
        int coded = 0;
        int srcGold = 0;
        int srcOk = 0;
        int tgtGold = 0;
        int tgtOk = 0;
        Map<String, int[]> perType = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode r = JSON.readTree(line);
            if (!r.path("text").isTextual() || r.path("event").asText().equals("DOCUMENT")) {
                continue;
            }
            n++;
            String goldRaw = r.get("event").asText();
            String gold = PLOVER_2021.getOrDefault(goldRaw, goldRaw);
            AnnotatedArticle a = capitalisedActors(r.get("id").asText(), r.get("text").asText());
            List<EventMention> mentions = timedCode(a);
            EventMention main = mentions.stream().filter(EventMention::main).findFirst().orElse(null);
            int[] counts = perType.computeIfAbsent(gold, k -> new int[2]);
            counts[1]++;
            if (main != null) {
                coded++;
                if (main.type().equals(gold)) {
                    typeOk++;
                    counts[0]++;
                }
                if (main.type().equals(goldRaw)) {
                    typeOkRaw++;
                }
            }
            List<String> golds = actorTexts(r.get("source"));
            List<String> goldt = actorTexts(r.get("target"));
            if (!golds.isEmpty()) {
                srcGold++;
                srcOk += main != null && actorMatches(main.sourceId(), golds) ? 1 : 0;
            }
            if (!goldt.isEmpty()) {
                tgtGold++;
                tgtOk += main != null && actorMatches(main.targetId(), goldt) ? 1 : 0;
            }
            if (verbose && (main == null || !main.type().equals(gold))) {
                System.out.printf(Locale.ROOT, "  plover %s gold=%s got=%s '%s'%n", r.get("id").asText(), gold,
                        main == null ? "-" : main.type(), main == null ? "" : main.trigger().of(a.article().text()));
            }
        }
        System.out.printf(Locale.ROOT, "plover-gsr: records=%d coded=%d type_accuracy=%.3f (%d) [raw category names: %.3f] "
                        + "source_accuracy=%.3f (%d/%d) target_accuracy=%.3f (%d/%d)%n", n, coded, ratio(typeOk, n), typeOk,
                ratio(typeOkRaw, n), ratio(srcOk, srcGold), srcOk, srcGold, ratio(tgtOk, tgtGold), tgtOk, tgtGold);
        System.out.println("  per type (ok/all): " + perType.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry::getKey))
                .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).collect(Collectors.joining(", ")));
    }

    private static List<String> actorTexts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(a -> out.add(a.path("actorText").asText("")));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private static boolean actorMatches(String system, List<String> gold) {
        if (system == null) {
            return false;
        }
        String s = system.toLowerCase(Locale.ROOT);
        return gold.stream().map(g -> g.toLowerCase(Locale.ROOT)).anyMatch(g -> g.contains(s) || s.contains(g));
    }

    // ---------------------------------------------------------------- PETRARCH2 unit-test records

    private static void petrarch(Path file, boolean verbose) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        Matcher sentence = Pattern.compile("(?s)<Sentence\\b[^>]*id=\"([^\"]+)\"[^>]*>(.*?)</Sentence>").matcher(xml);
        Pattern coding = Pattern.compile("<EventCoding\\b[^>]*eventcode=\"(\\d+)\"");
        Pattern textTag = Pattern.compile("(?s)<Text>(.*?)</Text>");
        int n = 0;
        int exact = 0;
        int root = 0;
        int coded = 0;
        while (sentence.find()) {
            String body = sentence.group(2);
            Matcher t = textTag.matcher(body);
            if (!t.find()) {
                continue;
            }
            Set<String> codes = new HashSet<>();
            Matcher c = coding.matcher(body);
            while (c.find()) {
                codes.add(c.group(1));
            }
            if (codes.isEmpty()) {
                continue;
            }
            n++;
            String text = t.group(1).strip().replaceAll("\\s+", " ");
            AnnotatedArticle a = capitalisedActors(sentence.group(1), text);
            List<EventMention> mentions = timedCode(a);
            Set<String> got = mentions.stream().map(EventMention::cameo).filter(x -> x != null).collect(Collectors.toSet());
            EventMention main = mentions.stream().filter(EventMention::main).findFirst().orElse(null);
            if (main != null) {
                coded++;
            }
            if (main != null && main.cameo() != null && codes.contains(main.cameo())) {
                exact++;
            }
            if (main != null && main.cameo() != null && codes.stream().anyMatch(g -> g.substring(0, 2).equals(main.cameo().substring(0, 2)))) {
                root++;
            }
            if (verbose && (main == null || !codes.contains(main.cameo()))) {
                System.out.printf(Locale.ROOT, "  petr %s gold=%s got=%s %s | %s%n", sentence.group(1), codes,
                        main == null ? "-" : main.cameo(), got, text.length() > 100 ? text.substring(0, 100) : text);
            }
        }
        System.out.printf(Locale.ROOT, "petrarch2-unittest: records=%d coded=%d cameo_exact=%.3f (%d) cameo_root=%.3f (%d)%n",
                n, coded, ratio(exact, n), exact, ratio(root, n), root);
    }

    private EventCodingBenchmark() {
    }

}
