package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.model.TimeValue;

/**
 * One row per event, RFC 4180 (a header line, CRLF line ends; cells with a comma, quote or line break quoted), the
 * one CSV schema of the command line and the web ({@link #HEADER}):
 * <ul>
 *   <li>{@code date}: the event's day as {@code YYYY-MM-DD}, empty when it is not resolved to a day;
 *       {@code weekday}: that day's weekday, or the unresolved weekday the articles give ("Saturday"), else empty;
 *       {@code date_text}: the event's date as Newsgraph renders it (a month, a range, a weekday), else empty.</li>
 *   <li>{@code source}, {@code target}: who did it to whom; {@code cameo}: the CAMEO code; {@code type}: the PLOVER
 *       type; {@code place} with {@code lat}, {@code lon} from the gazetteer, empty when it does not know the place.</li>
 *   <li>{@code actors}, {@code outlets} and {@code articles} are {@code ; }-separated lists.</li>
 * </ul>
 * Text cells starting with {@code = + - @} are prefixed with a quote so spreadsheets do not run them as formulas
 * (numbers are left alone). Stateless and thread-safe.
 */
public final class CsvExportWriter implements ExportWriter {
    public static final List<String> HEADER = List.of("id", "date", "weekday", "date_text", "type", "cameo", "source", "target",
            "place", "lat", "lon", "actors", "headline", "independent_sources", "articles", "outlets", "story_id", "evidence");

    private final PlaceLocator places;

    public CsvExportWriter(PlaceLocator places) {
        this.places = places;
    }

    @Override
    public int write(List<ExportedEvent> events, Writer out) throws IOException {
        row(out, HEADER);
        for (ExportedEvent x : events) {
            var e = x.event();
            Optional<LocalDate> day = e.date() == null ? Optional.empty() : e.date().day();
            Optional<GeoPoint> at = e.place() == null ? Optional.empty() : places.locate(e.place());
            String evidence = x.evidence().stream().filter(ExportedEvent.Evidence::main).map(ExportedEvent.Evidence::sentence)
                    .findFirst().orElse("");
            row(out, List.of(e.id(), day.map(LocalDate::toString).orElse(""), weekday(e.date(), day), e.date() == null ? "" : e.date().render(),
                    nz(e.type()), nz(x.cameo()), x.source() == null ? "" : x.source().name(), x.target() == null ? "" : x.target().name(),
                    nz(e.place()), at.map(p -> coordinate(p.lat())).orElse(""), at.map(p -> coordinate(p.lon())).orElse(""),
                    x.actors().stream().map(ExportedEvent.Actor::name).collect(Collectors.joining("; ")), nz(e.headline()),
                    Integer.toString(e.independentSources()), String.join("; ", e.articleIds()), String.join("; ", e.outlets()),
                    nz(e.storyId()), evidence));
        }
        return 0;
    }

    private static String weekday(TimeValue value, Optional<LocalDate> day) {
        DayOfWeek w = day.map(LocalDate::getDayOfWeek)
                .orElse(value instanceof TimeValue.UnresolvedWeekday u ? u.weekday() : null);
        return w == null ? "" : w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One CSV cell: defused against formula injection (text only) and quoted where needed. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        boolean needs = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
