package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The GDELT 2.0 event table exactly: 61 tab-separated positional columns ({@link #COLUMNS}), no header, one line
 * per event, as laid out in the GDELT 2.0 Event Database codebook. Values Newsgraph has are filled; the rest are
 * empty, never invented:
 * <ul>
 *   <li>GLOBALEVENTID: a number derived from the stable event id ({@link GdeltIds}); SQLDATE, MonthYear, Year,
 *       FractionDate: from the event's own day. GDELT requires a day, so <b>events without a resolved day are
 *       left out</b> (the writer returns how many; a publication date is never put in their place).</li>
 *   <li>Actor1 / Actor2: the event's source and target (who did it to whom), coded by {@link ActorCodes}: code,
 *       name (upper case, as GDELT writes it), country code and Type1Code; known-group, ethnic, religion and further
 *       type codes are empty.</li>
 *   <li>IsRootEvent 1 (the articles' main event); EventCode / EventBaseCode / EventRootCode from the CAMEO code;
 *       QuadClass from the root (01–05 verbal cooperation 1, 06–08 material cooperation 2, 09–13 verbal conflict 3,
 *       14–20 material conflict 4); GoldsteinScale from {@link GoldsteinScale}; NumMentions (coded mentions),
 *       NumSources (independent sources), NumArticles; AvgTone empty (no tone is measured).</li>
 *   <li>Actor geography empty; ActionGeo from the event's place: type 1 (country) or 4 (world city) and coordinates
 *       when the gazetteer knows it, the full name always; the FIPS country, ADM and feature codes GDELT uses are
 *       not known, so empty.</li>
 *   <li>DATEADDED: the publication day of the first report, time 000000 (empty when no report is dated);
 *       SOURCEURL: that report's URL.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class GdeltEventWriter implements ExportWriter {
    static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private final PlaceLocator places;

    GdeltEventWriter(PlaceLocator places) {
        this.places = places;
    }

    @Override
    public int write(List<ExportedEvent> events, Writer out) throws IOException {
        int left = 0;
        for (ExportedEvent x : events) {
            Optional<LocalDate> day = x.event().date() == null ? Optional.empty() : x.event().date().day();
            if (day.isEmpty()) {
                left++;
                continue;
            }
            List<String> row = row(x, day.get());
            out.write(String.join("\t", row.stream().map(GdeltEventWriter::clean).toList()));
            out.write('\n');
        }
        return left;
    }

    List<String> row(ExportedEvent x, LocalDate day) {
        var e = x.event();
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(Long.toString(GdeltIds.globalEventId(e.id())));
        row.add(String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        row.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        row.add(String.format(Locale.ROOT, "%04d", day.getYear()));
        row.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
        actor(row, x.source());
        actor(row, x.target());
        String cameo = x.cameo() != null && x.cameo().matches("\\d{2,4}") ? x.cameo() : "";
        row.add("1");
        row.add(cameo);
        row.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
        row.add(cameo.length() >= 2 ? cameo.substring(0, 2) : "");
        row.add(quadClass(cameo));
        row.add(GoldsteinScale.of(cameo).map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse(""));
        row.add(Integer.toString(x.evidence().size()));
        row.add(Integer.toString(e.independentSources()));
        row.add(Integer.toString(e.articleIds().size()));
        row.add("");
        emptyGeo(row);
        emptyGeo(row);
        Optional<GeoPoint> at = e.place() == null ? Optional.empty() : places.locate(e.place());
        row.add(at.map(p -> p.country() ? "1" : "4").orElse(""));
        row.add(nz(e.place()));
        row.add("");
        row.add("");
        row.add("");
        row.add(at.map(p -> coordinate(p.lat())).orElse(""));
        row.add(at.map(p -> coordinate(p.lon())).orElse(""));
        row.add("");
        ExportedEvent.Source first = x.firstReport();
        row.add(first == null || first.published() == null ? "" : first.published().replace("-", "") + "000000");
        row.add(first == null ? "" : nz(first.url()));
        if (row.size() != COLUMNS.size()) {
            throw new IllegalStateException("a GDELT row has " + row.size() + " cells");
        }
        return row;
    }

    private static void actor(List<String> row, ExportedEvent.Actor a) {
        ActorCodes.Code code = ActorCodes.of(a);
        row.add(code.code());
        row.add(a == null ? "" : a.name().toUpperCase(Locale.ROOT));
        row.add(code.country());
        row.add("");
        row.add("");
        row.add("");
        row.add("");
        row.add(code.type());
        row.add("");
        row.add("");
    }

    private static void emptyGeo(List<String> row) {
        for (int i = 0; i < 8; i++) {
            row.add("");
        }
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** CAMEO root → GDELT QuadClass (see the class doc); empty without a code. */
    static String quadClass(String cameo) {
        if (cameo.length() < 2) {
            return "";
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root <= 5) {
            return "1";
        }
        if (root <= 8) {
            return "2";
        }
        if (root <= 13) {
            return "3";
        }
        return "4";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String clean(String cell) {
        return cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
