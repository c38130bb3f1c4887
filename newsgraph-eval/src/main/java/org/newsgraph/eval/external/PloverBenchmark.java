package org.newsgraph.eval.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.annotate.Annotator;
import org.newsgraph.pipeline.events.EventCoder;

/**
 * PLOVER gold records: each sentence goes through the real language layer (an {@link Annotator}) and the event
 * coder as one article dated 2000-01-01 (the records' date); the article's main event is compared with the record.
 *
 * <ul>
 *   <li><b>Type</b>: the main event's category equals the record's. The records use PLOVER 0.5 names; the coder
 *   uses the 2021 names, so a second figure first renames the four that changed ({@link #RENAMED}).</li>
 *   <li><b>Any type</b>: some coded event of the sentence has the category.</li>
 *   <li><b>Source / target</b>: over records with a gold source (target), the main event's source (target) entity
 *   is one of the gold actors by {@link ActorMatch}.</li>
 * </ul>
 * Not thread-safe.
 */
public final class PloverBenchmark {
    public static final String FILE = "plover/plover_gsr_cameo.jsonl";
    private static final LocalDate RECORD_DATE = LocalDate.of(2000, 1, 1);

    /** PLOVER 0.5 category names and their 2021 successors (as the CAMEO-to-PLOVER 2021 table maps their CAMEO codes). */
    public static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT",
            "INVESTIGATE", "ACCUSE");

    /**
     * @param records      records scored
     * @param coded        records where some event was coded
     * @param type         main event of the record's category (names as written)
     * @param typeRenamed  the same after renaming 0.5 categories to 2021 ones
     * @param anyType      some event of the record's category (renamed)
     * @param source       main event's source is a gold source
     * @param target       main event's target is a gold target
     * @param byType       per gold category: type right (renamed)
     * @param seconds      time annotating and coding took
     */
    public record Result(int records, Ratio coded, Ratio type, Ratio typeRenamed, Ratio anyType, Ratio source, Ratio target,
                         List<TypeRow> byType, double seconds) implements ExternalReport {
        public Result {
            byType = List.copyOf(byType);
        }

        @Override
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add("PLOVER gold records, " + records + " sentences, main event of each (annotator + PatternEventCoder), "
                    + String.format(Locale.ROOT, "%.1f s", seconds));
            out.add("  some event coded        " + coded.brief());
            out.add("  type (as written)       " + type.brief());
            out.add("  type (0.5 -> 2021 names) " + typeRenamed.brief());
            out.add("  any event of the type   " + anyType.brief());
            out.add("  source actor            " + source.brief());
            out.add("  target actor            " + target.brief());
            out.add("per gold category (type, renamed):");
            for (TypeRow r : byType) {
                out.add(String.format(Locale.ROOT, "  %-12s %s", r.type(), r.right().brief()));
            }
            return out;
        }
    }

    /** Type accuracy of one gold category. */
    public record TypeRow(String type, Ratio right) {
    }

    private final Annotator annotator;
    private final EventCoder coder;

    public PloverBenchmark(Annotator annotator, EventCoder coder) {
        this.annotator = annotator;
        this.coder = coder;
    }

    public Outcome<Result> run(Path data, int limit) {
        Path file = data.resolve(FILE);
        String jsonl;
        try {
            jsonl = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Outcome.failed("unreadable", "cannot read the records: " + e.getMessage(), file.toString());
        }
        Outcome<List<PloverRecord>> read = new PloverReader().read(jsonl, file.toString(), limit);
        return switch (read) {
            case Outcome.Failed<List<PloverRecord>> f -> new Outcome.Failed<>(f.problem());
            case Outcome.Ok<List<PloverRecord>> ok -> Outcome.ok(score(ok.value()));
        };
    }

    public Result score(List<PloverRecord> records) {
        int coded = 0;
        int type = 0;
        int renamed = 0;
        int any = 0;
        int sources = 0;
        int sourceRight = 0;
        int targets = 0;
        int targetRight = 0;
        TreeMap<String, int[]> byType = new TreeMap<>();
        Articles.warmUp(annotator);
        long start = System.nanoTime();
        for (PloverRecord r : records) {
            AnnotatedArticle annotated = annotator.annotate(Articles.of(r.id(), r.text(), RECORD_DATE));
            List<EventMention> events = coder.code(annotated);
            Map<String, Entity> entities = new HashMap<>();
            annotated.entities().forEach(e -> entities.put(e.id(), e));
            EventMention main = events.stream().filter(EventMention::main).findFirst().orElse(events.isEmpty() ? null : events.get(0));
            String gold = RENAMED.getOrDefault(r.event(), r.event());
            int[] row = byType.computeIfAbsent(r.event(), t -> new int[2]);
            row[1]++;
            if (main != null) {
                coded++;
                type += main.type().equals(r.event()) ? 1 : 0;
                if (main.type().equals(gold)) {
                    renamed++;
                    row[0]++;
                }
            }
            any += events.stream().anyMatch(e -> e.type().equals(gold)) ? 1 : 0;
            if (!r.sources().isEmpty()) {
                sources++;
                Entity e = main == null || main.sourceId() == null ? null : entities.get(main.sourceId());
                sourceRight += r.sources().stream().anyMatch(a -> ActorMatch.matches(e, a.text(), a.code())) ? 1 : 0;
            }
            if (!r.targets().isEmpty()) {
                targets++;
                Entity e = main == null || main.targetId() == null ? null : entities.get(main.targetId());
                targetRight += r.targets().stream().anyMatch(a -> ActorMatch.matches(e, a.text(), a.code())) ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<TypeRow> rows = new ArrayList<>();
        byType.forEach((t, row) -> rows.add(new TypeRow(t, Ratio.of(row[0], row[1]))));
        int n = records.size();
        return new Result(n, Ratio.of(coded, n), Ratio.of(type, n), Ratio.of(renamed, n), Ratio.of(any, n), Ratio.of(sourceRight, sources),
                Ratio.of(targetRight, targets), rows, seconds);
    }
}
