package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row per event (RFC 4180 quoting): id, date, place, type, cameo, actors, articles, independent sources,
 * outlets, headline, story, and the main evidence sentence.
 */
final class CsvExportWriter implements ExportWriter {
    static final List<String> HEADER = List.of("event_id", "date", "place", "type", "cameo", "actors", "articles",
            "independent_sources", "outlets", "headline", "story_id", "evidence");

    @Override
    public void write(List<ExportedEvent> events, Writer out) throws IOException {
        row(out, HEADER);
        for (ExportedEvent x : events) {
            var e = x.event();
            String evidence = x.evidence().stream().filter(ExportedEvent.Evidence::main).map(ExportedEvent.Evidence::sentence)
                    .findFirst().orElse("");
            row(out, List.of(e.id(), EventExporter.dateText(e.date()), nz(e.place()), nz(e.type()), nz(x.cameo()),
                    x.actors().stream().map(ExportedEvent.Actor::name).collect(Collectors.joining("; ")),
                    String.valueOf(e.articleIds().size()), String.valueOf(e.independentSources()), String.join("; ", e.outlets()),
                    nz(e.headline()), nz(e.storyId()), evidence));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
