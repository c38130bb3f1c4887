package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tab-separated rows with GDELT 2.0 event-table column names, filled where Newsgraph has the value and left empty
 * where it has not (no Goldstein scale, no tone, no geocoordinates are invented). Actor codes are the CAMEO
 * country code (ISO 3166 alpha-3) plus a role code (GOV, MIL, ...) where the actor's roles say so. One header
 * line first. Event dates that are not resolved to a day leave SQLDATE empty.
 */
final class GdeltExportWriter implements ExportWriter {
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
            "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
            "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
            "SOURCEURL", "NG_EventType", "NG_StoryId");

    /** Role words → CAMEO actor type codes. */
    private static final Map<String, String> ROLE_CODES = Map.ofEntries(
            Map.entry("minister", "GOV"), Map.entry("president", "GOV"), Map.entry("prime minister", "GOV"),
            Map.entry("secretary", "GOV"), Map.entry("government", "GOV"), Map.entry("spokesman", "GOV"),
            Map.entry("spokesperson", "GOV"), Map.entry("king", "GOV"), Map.entry("chancellor", "GOV"),
            Map.entry("general", "MIL"), Map.entry("army", "MIL"), Map.entry("military", "MIL"), Map.entry("commander", "MIL"),
            Map.entry("parliament", "LEG"), Map.entry("speaker", "LEG"), Map.entry("lawmaker", "LEG"), Map.entry("senator", "LEG"),
            Map.entry("judge", "JUD"), Map.entry("court", "JUD"), Map.entry("police", "COP"), Map.entry("rebel", "REB"),
            Map.entry("opposition", "OPP"), Map.entry("union", "LAB"), Map.entry("company", "BUS"), Map.entry("chief executive", "BUS"));

    @Override
    public void write(List<ExportedEvent> events, Writer out) throws IOException {
        out.write(String.join("\t", COLUMNS));
        out.write('\n');
        for (ExportedEvent x : events) {
            var e = x.event();
            ExportedEvent.Actor a1 = x.actors().size() > 0 ? x.actors().get(0) : null;
            ExportedEvent.Actor a2 = x.actors().size() > 1 ? x.actors().get(1) : null;
            String cameo = x.cameo() == null ? "" : x.cameo();
            List<String> row = new ArrayList<>();
            row.add(e.id());
            row.add(e.date() == null ? "" : e.date().day().map(d -> d.toString().replace("-", "")).orElse(""));
            addActor(row, a1);
            addActor(row, a2);
            row.add("1");
            row.add(cameo);
            row.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
            row.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
            row.add(quadClass(cameo));
            row.add(String.valueOf(x.evidence().size()));
            row.add(String.valueOf(e.independentSources()));
            row.add(String.valueOf(e.articleIds().size()));
            row.add(nz(e.place()));
            row.add(x.sources().stream().map(ExportedEvent.Source::url).filter(u -> u != null).findFirst().orElse(""));
            row.add(nz(e.type()));
            row.add(nz(e.storyId()));
            out.write(String.join("\t", row.stream().map(GdeltExportWriter::clean).toList()));
            out.write('\n');
        }
    }

    private static void addActor(List<String> row, ExportedEvent.Actor a) {
        if (a == null) {
            row.add("");
            row.add("");
            row.add("");
            row.add("");
            return;
        }
        String country = a.country() == null ? "" : a.country();
        String role = roleCode(a);
        row.add(country + role);
        row.add(a.name().toUpperCase(Locale.ROOT));
        row.add(country);
        row.add(role);
    }

    private static String roleCode(ExportedEvent.Actor a) {
        if ("GPE".equals(a.type())) {
            return "GOV";
        }
        for (String role : a.roles()) {
            String r = role.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> e : ROLE_CODES.entrySet()) {
                if (r.contains(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return "";
    }

    /** CAMEO root → GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    static String quadClass(String cameo) {
        if (cameo.length() < 2) {
            return "";
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root <= 5) {
            return "1";
        }
        if (root <= 9) {
            return "2";
        }
        if (root <= 14) {
            return "3";
        }
        return "4";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String cell) {
        return cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
