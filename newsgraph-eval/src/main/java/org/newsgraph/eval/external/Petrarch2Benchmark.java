package org.newsgraph.eval.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.model.EventMention;
import org.newsgraph.model.Outcome;
import org.newsgraph.pipeline.annotate.Annotator;
import org.newsgraph.pipeline.events.EventCoder;

/**
 * PETRARCH2 validation records: each sentence goes through the language layer and the event coder as one article
 * dated by the record. Over records that expect events: the main event's CAMEO code is one of the expected codes
 * (exact, and by its two-digit root); some coded event has an expected code. Over records that expect nothing: no
 * event was coded. Actor codes are not compared: the records mostly use a fictional test world whose actor
 * dictionaries the project does not load. Not thread-safe.
 */
public final class Petrarch2Benchmark {
    public static final String FILE = "petrarch2/validation/PETR.UnitTest.records.xml";

    /**
     * @param records    records scored
     * @param expecting  records that expect at least one event
     * @param coded      of those, records where some event was coded
     * @param mainCode   main event's CAMEO code expected (exact)
     * @param mainRoot   main event's CAMEO root (first two digits) expected
     * @param anyCode    some coded event's CAMEO code expected (exact)
     * @param quiet      records expecting nothing where nothing was coded
     * @param seconds    time annotating and coding took
     */
    public record Result(int records, int expecting, Ratio coded, Ratio mainCode, Ratio mainRoot, Ratio anyCode, Ratio quiet, double seconds)
            implements ExternalReport {
        @Override
        public List<String> lines() {
            return List.of("PETRARCH2 unit-test records, " + records + " sentences (" + expecting + " expect events), "
                            + String.format(Locale.ROOT, "%.1f s", seconds),
                    "  some event coded           " + coded.brief(),
                    "  main event CAMEO code      " + mainCode.brief(),
                    "  main event CAMEO root      " + mainRoot.brief(),
                    "  any event CAMEO code       " + anyCode.brief(),
                    "  no-event records left empty " + quiet.brief());
        }
    }

    private final Annotator annotator;
    private final EventCoder coder;

    public Petrarch2Benchmark(Annotator annotator, EventCoder coder) {
        this.annotator = annotator;
        this.coder = coder;
    }

    public Outcome<Result> run(Path data, int limit) {
        Path file = data.resolve(FILE);
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Outcome.failed("unreadable", "cannot read the records: " + e.getMessage(), file.toString());
        }
        Outcome<List<PetrarchRecord>> read = new PetrarchRecordReader().read(xml, file.toString(), limit);
        return switch (read) {
            case Outcome.Failed<List<PetrarchRecord>> f -> new Outcome.Failed<>(f.problem());
            case Outcome.Ok<List<PetrarchRecord>> ok -> Outcome.ok(score(ok.value()));
        };
    }

    public Result score(List<PetrarchRecord> records) {
        int expecting = 0;
        int coded = 0;
        int mainCode = 0;
        int mainRoot = 0;
        int anyCode = 0;
        int silent = 0;
        int quiet = 0;
        Articles.warmUp(annotator);
        long start = System.nanoTime();
        for (PetrarchRecord r : records) {
            List<EventMention> events = coder.code(annotator.annotate(Articles.of(r.id(), r.text(), r.date())));
            if (r.codings().isEmpty()) {
                silent++;
                quiet += events.isEmpty() ? 1 : 0;
                continue;
            }
            expecting++;
            List<String> expected = r.codings().stream().map(PetrarchRecord.Coding::event).toList();
            EventMention main = events.stream().filter(EventMention::main).findFirst().orElse(events.isEmpty() ? null : events.get(0));
            if (main != null) {
                coded++;
                String code = main.cameo();
                mainCode += code != null && expected.contains(code) ? 1 : 0;
                mainRoot += code != null && code.length() >= 2 && expected.stream().anyMatch(c -> c.startsWith(code.substring(0, 2))) ? 1 : 0;
            }
            anyCode += events.stream().map(EventMention::cameo).filter(Objects::nonNull).anyMatch(expected::contains) ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(records.size(), expecting, Ratio.of(coded, expecting), Ratio.of(mainCode, expecting), Ratio.of(mainRoot, expecting),
                Ratio.of(anyCode, expecting), Ratio.of(quiet, silent), seconds);
    }
}
